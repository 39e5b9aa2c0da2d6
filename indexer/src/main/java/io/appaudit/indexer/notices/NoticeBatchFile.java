package io.appaudit.indexer.notices;

import io.appaudit.indexer.checks.CsvFile;
import io.appaudit.indexer.checks.UserFileException;
import io.appaudit.indexer.notices.NoticeBatch.NamedApp;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads notice batches: the notice file's CSV (UTF-8, header row) extended with the batch's columns. Required:
 * {@code notice} (the batch id), {@code date} (published), {@code deadline}; per row {@code package} and/or
 * {@code name}, optionally {@code developer} and {@code problem} (a check id such as D1). A deadline is a date (the
 * end of that day in China time) or a date-time with an offset, as in the Z5 notice file.
 */
public final class NoticeBatchFile {

    private NoticeBatchFile() {
    }

    public static List<NoticeBatch> read(Path file) {
        Map<String, List<CsvFile.Row>> byBatch = new LinkedHashMap<>();
        for (CsvFile.Row row : CsvFile.read(file, List.of("notice", "date", "deadline"))) {
            byBatch.computeIfAbsent(row.require("notice"), k -> new ArrayList<>()).add(row);
        }
        if (byBatch.isEmpty()) {
            throw new UserFileException(file, "names no app (it has a header and no rows)", null);
        }
        List<NoticeBatch> out = new ArrayList<>();
        byBatch.forEach((id, rows) -> out.add(batch(id, rows)));
        return out;
    }

    private static NoticeBatch batch(String id, List<CsvFile.Row> rows) {
        CsvFile.Row first = rows.get(0);
        if (!NoticeBatch.ID.matcher(id).matches()) {
            throw first.problem("notice '" + id + "' is not a batch id: use letters, digits, '.', '_' or '-'");
        }
        String dateText = first.require("date");
        String deadlineText = first.require("deadline");
        List<NamedApp> apps = new ArrayList<>();
        for (CsvFile.Row r : rows) {
            if (!r.require("date").equals(dateText) || !r.require("deadline").equals(deadlineText)) {
                throw r.problem("batch " + id + " has another date or deadline on line " + first.line());
            }
            Optional<String> pkg = present(r, "package");
            pkg.ifPresent(p -> {
                if (!p.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+")) {
                    throw r.problem("'" + p + "' is not an Android package name");
                }
            });
            Optional<String> name = present(r, "name");
            if (pkg.isEmpty() && name.isEmpty()) {
                throw r.problem("each app needs a package or a name");
            }
            apps.add(new NamedApp(pkg, name, present(r, "developer"), present(r, "problem"), r.line()));
        }
        return new NoticeBatch(id, date(first, dateText), deadline(first, deadlineText), deadlineText, apps);
    }

    private static Optional<String> present(CsvFile.Row r, String column) {
        return Optional.of(r.get(column).strip()).filter(s -> !s.isEmpty());
    }

    private static LocalDate date(CsvFile.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem("date '" + text + "' is not a date (2026-11-30)");
        }
    }

    static Instant deadline(CsvFile.Row row, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(StoreId.CHINA).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw row.problem("deadline '" + text + "' is not a date (2026-11-30) or a date-time with an offset "
                    + "(2026-11-30T18:00+08:00)");
        }
    }
}
