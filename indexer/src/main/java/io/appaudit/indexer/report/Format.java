package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.Proportion;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes numbers, percentages, intervals and times for a reader (not for a machine). */
final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'China time'")
            .withZone(StoreId.CHINA);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StoreId.CHINA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(StoreId.CHINA);

    private Format() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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

    /** A time to the minute, China time, without naming the zone (a table's heading names it). */
    static String minute(Instant t) {
        return t == null ? "–" : MINUTE.format(t);
    }

    static String day(Instant t) {
        return t == null ? "–" : DAY.format(t);
    }

    /** Days as a reader says them: "180 days", "5 years" for 1825. */
    static String days(int d) {
        return d % 365 == 0 && d >= 730 ? d / 365 + " years" : d == 365 ? "1 year" : d + " days";
    }
}
