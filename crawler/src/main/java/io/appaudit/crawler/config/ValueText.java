package io.appaudit.crawler.config;

import java.time.Duration;

/**
 * Sizes and durations written back the way a configuration file writes them ({@code 1kb}, {@code 500ms}), so that
 * an error message shows a value the user recognises.
 */
final class ValueText {

    private static final String[] SIZE_UNITS = {"b", "kb", "mb", "gb"};

    private ValueText() {
    }

    /** {@code 0b}, {@code 1kb}, {@code 1536b}: the largest unit that writes the size exactly. */
    static String size(long bytes) {
        int unit = 0;
        long n = bytes;
        while (unit < SIZE_UNITS.length - 1 && n != 0 && n % 1024 == 0) {
            n /= 1024;
            unit++;
        }
        return n + SIZE_UNITS[unit];
    }

    /** {@code 500ms}, {@code 2s}, {@code 10m}, {@code 2h}, {@code 7d}: the largest unit that writes it exactly. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        long[] factors = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < factors.length; i++) {
            if (ms != 0 && ms % factors[i] == 0) {
                return ms / factors[i] + units[i];
            }
        }
        return ms + "ms";
    }
}
