package io.appaudit.stores.kit;

import io.appaudit.stores.StoreId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stores' date formats, read in China time (UTC+8) unless the value carries an offset. */
public final class StoreDates {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** Epoch values before 2000 or after 2100 are not dates of Android listings. */
    private static final long MIN_EPOCH_S = 946_684_800L;
    private static final long MAX_EPOCH_S = 4_102_444_800L;

    private StoreDates() {
    }

    /** Epoch seconds (Tencent {@code update_time}). */
    public static Optional<OffsetDateTime> epochSeconds(long s) {
        if (s < MIN_EPOCH_S || s > MAX_EPOCH_S) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(s).atZone(StoreId.CHINA).toOffsetDateTime());
    }

    /** Epoch milliseconds (Xiaomi client API, OPPO {@code releaseTime}). */
    public static Optional<OffsetDateTime> epochMillis(long ms) {
        if (ms / 1000 < MIN_EPOCH_S || ms / 1000 > MAX_EPOCH_S) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(ms).atZone(StoreId.CHINA).toOffsetDateTime());
    }

    /**
     * A calendar date, optionally with a time, in any of the stores' spellings: {@code 2025/12/4},
     * {@code 2025-12-04}, {@code 2025-12-04 10:20:30}, {@code 2025年12月4日}; an ISO value with an offset keeps it.
     */
    public static Optional<OffsetDateTime> text(String value) {
        String s = Text.clean(value);
        if (s == null) {
            return Optional.empty();
        }
        // ISO date-times have a 'T' (or 't'); without one, parsing would only throw, which costs more than reading
        if (s.indexOf('T') >= 0 || s.indexOf('t') >= 0) {
            try {
                return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeParseException ignored) {
                // not ISO with an offset: try the stores' own spellings
            }
        }
        if (isPlain(s)) {
            // yyyy-MM-dd[ HH:mm[:ss]], the most common spelling, read as the pattern reads it
            boolean time = s.length() > 10;
            return at(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2), time ? digits(s, 11, 2) : -1,
                    time ? digits(s, 14, 2) : -1, s.length() > 16 ? digits(s, 17, 2) : -1);
        }
        Matcher m = YMD.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? -1 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? -1 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? -1 : Integer.parseInt(m.group(6)));
    }

    /** The date (at the start of the day when there is no hour; -1 is absent) in China time, if it is one. */
    private static Optional<OffsetDateTime> at(int year, int month, int day, int hour, int minute, int second) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            LocalDateTime t = hour < 0 ? d.atStartOfDay() : d.atTime(hour, minute, Math.max(second, 0));
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                return Optional.empty();
            }
            return Optional.of(t.atZone(StoreId.CHINA).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd HH:mm:ss} in ASCII digits, and nothing else. */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n != 10 && n != 16 && n != 19) {
            return false;
        }
        String shape = "dddd-dd-dd dd:dd:dd";
        for (int i = 0; i < n; i++) {
            char want = shape.charAt(i);
            char c = s.charAt(i);
            if (want == 'd' ? c < '0' || c > '9' : c != want) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
