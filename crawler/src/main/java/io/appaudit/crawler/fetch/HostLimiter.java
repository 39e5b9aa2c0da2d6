package io.appaudit.crawler.fetch;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces the requests to one store (or one host) by a delay, measured between the moments they are let go: a
 * caller waits its turn (first come, first served), then until the delay has passed since the previous caller was
 * let go. A thread that oversleeps under load therefore delays the next request rather than bunching it up. A
 * Retry-After is a pause: no request starts inside it. The delay itself is the {@link PaceController}'s: it rises
 * only when refusals keep coming at the current pace and eases back with every normal answer.
 */
public final class HostLimiter {

    /** Fair: callers are let go in the order they came. */
    private final ReentrantLock turn = new ReentrantLock(true);
    private final PaceController pace;
    private volatile long pausedUntil;
    private long lastStart;

    /** A limiter with the {@linkplain #defaultCeiling default ceiling}. */
    public HostLimiter(Duration delay) {
        this(delay, defaultCeiling(delay, 10));
    }

    /** A multiple of the configured delay, but at least a second: a store crawled without delay may still push back. */
    public static Duration defaultCeiling(Duration delay, double factor) {
        long nanos = (long) (delay.toNanos() * factor);
        return Duration.ofNanos(Math.max(nanos, Duration.ofSeconds(1).toNanos()));
    }

    /**
     * @param delay   the configured delay between request starts
     * @param ceiling the most the delay rises to when the store keeps refusing
     */
    public HostLimiter(Duration delay, Duration ceiling) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.pace = new PaceController(delay, ceiling);
        long now = System.nanoTime();
        this.lastStart = now - delay.toNanos();
        this.pausedUntil = now;
    }

    /** Waits for this caller's turn. */
    public void acquire() throws InterruptedException {
        if (pace.delayNanos() == 0 && pausedUntil - System.nanoTime() <= 0) {
            // politeness off (benchmarks, a local mirror): no turns to take
            return;
        }
        turn.lockInterruptibly();
        try {
            while (true) {
                long wait = Math.max(lastStart + pace.delayNanos(), pausedUntil) - System.nanoTime();
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

    /** The store refused a request (429, 503). */
    public void refused() {
        pace.refused();
    }

    /** A normal answer. */
    public void answered() {
        pace.answered();
    }

    /** Whether the store kept refusing although the delay had reached its ceiling. */
    public boolean blocked() {
        return pace.blocked();
    }

    /** The current delay between request starts. */
    public Duration delay() {
        return Duration.ofNanos(pace.delayNanos());
    }

    /** The most the delay rises to. */
    public Duration ceiling() {
        return pace.ceiling();
    }
}
