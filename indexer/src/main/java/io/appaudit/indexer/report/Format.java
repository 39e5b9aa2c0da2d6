package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.Proportion;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How the report writes numbers, percentages, intervals and times for a reader (not for a machine). */
final class Format {

    /** Every time in the report: China time to the second, with its offset ({@code 2026-11-28 14:03:07 +08:00}). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(StoreId.CHINA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(StoreId.CHINA);
    /** An ISO-8601 time with Z or an offset, as the checks store times in a finding's values (up to nanoseconds). */
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    private Format() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A count with its noun: "1 problem", "2 problems". */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A share as a percentage with one decimal; a dash when there is none. */
    static String pct(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f %%", d * 100);
    }

    /** The 95 % interval of a proportion, or a dash when nothing was audited. */
    static String interval(Proportion p) {
        return p.low() == null ? "–" : String.format(Locale.ROOT, "%.1f–%.1f %%", p.low() * 100, p.high() * 100);
    }

    static String time(Instant t) {
        return t == null ? "–" : TIME.format(t);
    }

    /** A value as a reader should see it: an ISO time becomes China time to the second; other text is kept. */
    static String value(String v) {
        return instant(v).map(Format::time).orElse(v);
    }

    static Optional<Instant> instant(String v) {
        if (v == null || !ISO_TIME.matcher(v.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String day(Instant t) {
        return t == null ? "–" : DAY.format(t);
    }

    /** Days as a reader says them: "180 days", "5 years" for 1825. */
    static String days(int d) {
        return d % 365 == 0 && d >= 730 ? d / 365 + " years" : d == 365 ? "1 year" : d + " days";
    }

    /** A duration as a reader says it, to the second: "0 s", "2 d 3 h", "1 d 1 h 4 s". */
    static String duration(Duration d) {
        long s = Math.abs(d.getSeconds());
        if (s == 0) {
            return "0 s";
        }
        StringBuilder out = new StringBuilder();
        long[] parts = {s / 86_400, s % 86_400 / 3_600, s % 3_600 / 60, s % 60};
        String[] units = {"d", "h", "min", "s"};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                out.append(out.isEmpty() ? "" : " ").append(parts[i]).append(' ').append(units[i]);
            }
        }
        return out.toString();
    }
}
