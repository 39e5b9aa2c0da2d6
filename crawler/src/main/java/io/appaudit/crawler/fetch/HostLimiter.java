package io.appaudit.crawler.fetch;

import java.time.Duration;

/**
 * Spaces the starts of requests to one store (or one host) by a delay: each caller is given the next free start
 * time, at least {@code delay} after the previous one, and sleeps until then, so that several threads sharing the
 * limiter together keep the rate. The delay rises when the store answers 429 or 503 and eases back to the
 * configured one after a run of successes.
 */
public final class HostLimiter {

    /** Successes after which a raised delay eases a step back towards the configured one. */
    private static final int EASE_AFTER = 20;
    /** The most a store's delay is raised to: slower than this, a crawl of thousands of apps never ends. */
    private static final long MAX_DELAY_NANOS = Duration.ofSeconds(60).toNanos();

    private final long baseNanos;
    private long delayNanos;
    private long nextStart;
    private int successes;

    public HostLimiter(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.baseNanos = delay.toNanos();
        this.delayNanos = baseNanos;
        this.nextStart = System.nanoTime();
    }

    /** Waits for this caller's turn. */
    public void acquire() throws InterruptedException {
        long start;
        synchronized (this) {
            long now = System.nanoTime();
            start = Math.max(now, nextStart);
            nextStart = start + delayNanos;
        }
        long wait = start - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Holds every caller back until {@code wait} from now (a Retry-After). */
    public synchronized void pause(Duration wait) {
        nextStart = Math.max(nextStart, System.nanoTime() + wait.toNanos());
    }

    /** The store pushed back (429, 503): double the delay, up to a minute. */
    public synchronized void slowDown() {
        long floor = Math.max(delayNanos, Duration.ofMillis(250).toNanos());
        delayNanos = Math.min(MAX_DELAY_NANOS, Math.max(baseNanos, floor * 2));
        successes = 0;
    }

    /** A normal answer: after a run of them, halve the extra delay. */
    public synchronized void succeeded() {
        if (delayNanos > baseNanos && ++successes >= EASE_AFTER) {
            delayNanos = baseNanos + (delayNanos - baseNanos) / 2;
            successes = 0;
        }
    }

    /** The current delay between request starts. */
    public synchronized Duration delay() {
        return Duration.ofNanos(delayNanos);
    }
}
