package io.appaudit.indexer.checks;

import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Take-down notices, for Z5: which store must remove which app by when.
 *
 * <p>Notice file (CSV, UTF-8): a header {@code store,package,deadline} and optionally {@code notice} (a reference
 * to the notice). {@code store} is an id (tencent, xiaomi, oppo, huawei, vivo) or the store's Chinese name
 * (应用宝, 小米, 华为); {@code deadline} is a date, meaning the end of that day in China time, or a date-time with an
 * offset. When one app has several notices, the earliest deadline counts.
 */
public final class Notices {

    /** One notice row. */
    public record Notice(StoreId store, String packageName, Instant deadline, String deadlineText, String reference,
                         int line) {
    }

    private final Map<String, Notice> byApp;
    private final boolean present;

    private Notices(Map<String, Notice> byApp, boolean present) {
        this.byApp = Map.copyOf(byApp);
        this.present = present;
    }

    /** No notice file: Z5 is unknown everywhere. */
    public static Notices none() {
        return new Notices(Map.of(), false);
    }

    public static Notices read(Path file) {
        Map<String, Notice> m = new HashMap<>();
        for (CsvFile.Row row : CsvFile.read(file, List.of("store", "package", "deadline"))) {
            StoreId store = store(row);
            String pkg = row.require("package");
            if (!pkg.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+")) {
                throw row.problem("'" + pkg + "' is not an Android package name");
            }
            String text = row.require("deadline");
            Notice n = new Notice(store, pkg, deadline(row, text), text, row.get("notice"), row.line());
            m.merge(key(store, pkg), n, (a, b) -> a.deadline().isAfter(b.deadline()) ? b : a);
        }
        return new Notices(m, true);
    }

    /** True when a notice file was given. */
    public boolean present() {
        return present;
    }

    public Optional<Notice> lookup(StoreId store, String packageName) {
        return Optional.ofNullable(byApp.get(key(store, packageName)));
    }

    /** Every notice, for the follow-up list of the rates. */
    public List<Notice> all() {
        return byApp.values().stream().sorted(java.util.Comparator.comparingInt(Notice::line)).toList();
    }

    private static String key(StoreId store, String pkg) {
        return store.id() + "\u0000" + pkg;
    }

    private static StoreId store(CsvFile.Row row) {
        String s = row.require("store");
        for (StoreId id : StoreId.values()) {
            if (id.displayName().equalsIgnoreCase(s) || id.id().equalsIgnoreCase(s)) {
                return id;
            }
        }
        throw row.problem("unknown store '" + s + "': use tencent, xiaomi, oppo, huawei or vivo");
    }

    private static Instant deadline(CsvFile.Row row, String text) {
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
