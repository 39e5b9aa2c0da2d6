package io.appaudit.crawler.crawl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Listings per second over the last {@link #WINDOW_NANOS} (a minute), so that an ETA follows the pace the store
 * allows now (a store that slowed us down, or let us speed up again) rather than the average since the start.
 * Until a sample a window old exists, the rate is the one since the first sample.
 */
final class RecentRate {

    static final long WINDOW_NANOS = 60_000_000_000L;

    private final Deque<long[]> samples = new ArrayDeque<>();

    /** Records how many listings were handled at {@code nanos} and returns the rate up to then (0 when unknown). */
    synchronized double update(long nanos, long handled) {
        samples.addLast(new long[] {nanos, handled});
        // keep the newest sample that is at least a window old, and everything after it
        while (samples.size() > 2) {
            long[] second = samples.stream().skip(1).findFirst().orElseThrow();
            if (nanos - second[0] >= WINDOW_NANOS) {
                samples.removeFirst();
            } else {
                break;
            }
        }
        long[] oldest = samples.peekFirst();
        double seconds = (nanos - oldest[0]) / 1e9;
        return seconds <= 0 ? 0 : (handled - oldest[1]) / seconds;
    }
}
