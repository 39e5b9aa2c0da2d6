package io.appaudit.indexer.docs;

import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in China time (UTC+8), the unit of the regulator's reports: {@code 2026Q4}. */
public record Quarter(int year, int q) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (q < 1 || q > 4 || year < 2000 || year > 2100) {
            throw new IllegalArgumentException("No such quarter: " + year + "Q" + q);
        }
    }

    /** Parses {@code 2026Q4} (also {@code 2026-Q4}, {@code 2026q4}). */
    public static Quarter parse(String s) {
        Matcher m = TEXT.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a quarter: write it like 2026Q4");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter an instant falls in, in China time. */
    public static Quarter of(Instant t) {
        ZonedDateTime z = t.atZone(StoreId.CHINA);
        return new Quarter(z.getYear(), (z.getMonthValue() - 1) / 3 + 1);
    }

    /** The first instant of the quarter (00:00 China time on its first day). */
    public Instant start() {
        return LocalDate.of(year, (q - 1) * 3 + 1, 1).atStartOfDay(StoreId.CHINA).toInstant();
    }

    /** The first instant after the quarter. */
    public Instant end() {
        return next().start();
    }

    public Quarter previous() {
        return q == 1 ? new Quarter(year - 1, 4) : new Quarter(year, q - 1);
    }

    public Quarter next() {
        return q == 4 ? new Quarter(year + 1, 1) : new Quarter(year, q + 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(q, o.q);
    }

    @Override
    public String toString() {
        return year + "Q" + q;
    }
}
