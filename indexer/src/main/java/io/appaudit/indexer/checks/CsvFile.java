package io.appaudit.indexer.checks;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the user's CSV files: UTF-8 (a byte-order mark is accepted), a header row naming the columns, fields
 * separated by commas and quoted with {@code "} when they hold a comma (company names often do: "Co., Ltd.").
 * Blank lines and lines starting with {@code #} are skipped. Every problem names the file and the line.
 */
public final class CsvFile {

    /** One data row: its line number in the file and its fields by column name. */
    public record Row(Path file, int line, Map<String, String> fields) {

        /** The trimmed value of a column the header declared; empty text when the row leaves it empty. */
        public String get(String column) {
            return fields.getOrDefault(column, "");
        }

        /** The value of a required column, or an error naming the file, line and column. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new UserFileException(file, line, "column '" + column + "' is empty");
            }
            return v;
        }

        /** An error about this row. */
        public UserFileException problem(String message) {
            return new UserFileException(file, line, message);
        }
    }

    private CsvFile() {
    }

    /** Reads every data row; the header must contain the required columns (others are kept and may be read). */
    public static List<Row> read(Path file, List<String> requiredColumns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserFileException(file, "is not UTF-8 text: save it as UTF-8 (Excel: CSV UTF-8)", e);
        } catch (IOException e) {
            throw new UserFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, file, i + 1);
            if (header == null) {
                header = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
                for (String c : requiredColumns) {
                    if (!header.contains(c)) {
                        throw new UserFileException(file, i + 1, "the header has no column '" + c + "' (expected "
                                + String.join(",", requiredColumns) + ")");
                    }
                }
                continue;
            }
            if (fields.size() != header.size()) {
                throw new UserFileException(file, i + 1, "has " + fields.size() + " fields, the header has "
                        + header.size() + " (quote a value that contains a comma)");
            }
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(file, i + 1, Map.copyOf(m)));
        }
        if (header == null) {
            throw new UserFileException(file, 0, "is empty: it needs a header row " + String.join(",", requiredColumns));
        }
        return rows;
    }

    private static List<String> split(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? cur.toString() : cur.toString().strip());
                cur.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new UserFileException(file, lineNo, "text after a closing quote: '" + line + "'");
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new UserFileException(file, lineNo, "a quote is not closed");
        }
        out.add(wasQuoted ? cur.toString() : cur.toString().strip());
        return out;
    }
}
