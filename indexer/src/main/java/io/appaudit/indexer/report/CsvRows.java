package io.appaudit.indexer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Rows of one CSV file: RFC 4180, CRLF line ends, every cell escaped ({@link Escape#csv}). */
final class CsvRows {

    private final Writer out;
    private final int columns;

    CsvRows(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        row(header);
    }

    void row(List<String> cells) throws IOException {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + columns);
        }
        out.write(cells.stream().map(Escape::csv).collect(Collectors.joining(",")) + "\r\n");
    }

    /** A number for a machine: six decimals, or empty when there is none. */
    static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.6f", d);
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
