package io.appaudit.crawler.fetch;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces the requests to one store (or one host) by a delay, measured between the moments they are let go: a
 * caller waits its turn (first come, first served), then until the delay has passed since the previous caller was
 * let go. A thread that oversleeps under load therefore delays the next request rather than bunching it up. The
 * delay rises when the store answers 429 or 503 and eases back to the configured one after a run of successes.
 */
public final class HostLimiter {

    /** Successes after which a raised delay eases a step back towards the configured one. */
    private static final int EASE_AFTER = 20;
    /** The most a store's delay is raised to: slower than this, a crawl of thousands of apps never ends. */
    private static final long MAX_DELAY_NANOS = Duration.ofSeconds(60).toNanos();

    /** Fair: callers are let go in the order they came. */
    private final ReentrantLock turn = new ReentrantLock(true);
    private final long baseNanos;
    private volatile long delayNanos;
    private volatile long pausedUntil;
    private long lastStart;
    private int successes;

    public HostLimiter(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.baseNanos = delay.toNanos();
        this.delayNanos = baseNanos;
        long now = System.nanoTime();
        this.lastStart = now - baseNanos;
        this.pausedUntil = now;
    }

    /** Waits for this caller's turn. */
    public void acquire() throws InterruptedException {
        if (delayNanos == 0 && pausedUntil - System.nanoTime() <= 0) {
            // politeness off (benchmarks, a local mirror): no turns to take
            return;
        }
        turn.lockInterruptibly();
        try {
            while (true) {
                long wait = Math.max(lastStart + delayNanos, pausedUntil) - System.nanoTime();
                if (wait <= 0) {
                    break;
                }
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            lastStart = System.nanoTime();
        } finally {
            turn.unlock();
        }
    }

    /** Holds every caller back until {@code wait} from now (a Retry-After). */
    public synchronized void pause(Duration wait) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + wait.toNanos());
    }

    /** Waits until a pause, if any, is over, without taking a turn: before a connection is taken for a request. */
    public void awaitPause() throws InterruptedException {
        long wait = pausedUntil - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
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
    public Duration delay() {
        return Duration.ofNanos(delayNanos);
    }
}
