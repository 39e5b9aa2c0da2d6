package io.appaudit.crawler.fetch;

import java.time.Duration;

/**
 * Decides the delay between one store's requests from how the store answers. A refusal (429, 503) that comes alone
 * is the store asking for a pause, which its Retry-After (or our backoff) gives. When refusals cluster
 * ({@value #REFUSALS_TO_RAISE} within the last {@value #WINDOW} answers) the delay is raised on trial: if over the
 * next {@value #WINDOW} answers the refusals thin out, the pace was the cause and the raise stays (and may be
 * followed by another); if they keep coming as densely at the slower pace, they are not about the pace (a store that
 * refuses some URLs once, whatever the speed), the delay goes back and no raise is tried for a while. Each normal
 * answer outside a trial gives back 1/{@value #EASE_DIVISOR} of the extra delay, so the pace returns steadily to the
 * configured one, except that it stops a little above the last pace that drew refusals, a memory that fades by
 * 1/{@value #FORGET_DIVISOR} per answer (a store whose limit is lifted gets the configured pace back). The delay never exceeds the ceiling; a store that keeps refusing there is
 * {@linkplain #blocked() blocked}.
 */
final class PaceController {

    /** How many answers are weighed, before and after a raise. */
    static final int WINDOW = 20;
    /** Refusals within the window that ask for a slower pace. */
    static final int REFUSALS_TO_RAISE = 2;
    /** A raise makes the delay this much longer. */
    private static final double RAISE = 1.25;
    /** A raise stays when the refusals after it are at most this share of those before it. */
    private static final double HELPED = 0.85;
    /** Refusals within the window that mean nearly nothing gets through: the delay doubles at once. */
    private static final int MOSTLY_REFUSED = WINDOW / 2;
    /** Answers during which no raise is tried after one that did not help. */
    private static final int COOL_DOWN = 5 * WINDOW;
    /** Each normal answer outside a trial gives back this fraction of the delay above the configured one. */
    static final int EASE_DIVISOR = 32;
    /** Each normal answer fades this fraction of the remembered too-fast pace (above the configured delay). */
    static final int FORGET_DIVISOR = 256;
    /** Raises refused by the ceiling, in a row, after which the store counts as blocked. */
    static final int STRIKES_TO_BLOCK = 2;

    private final long baseNanos;
    private final long ceilingNanos;
    private final boolean[] window = new boolean[WINDOW];
    private int next;
    private int refusalsInWindow;
    private volatile long delayNanos;
    /** Where easing stops: a little above the last pace that drew refusals, fading back to the configured delay. */
    private long floorNanos;
    private int strikes;
    /** Answers left in the trial of a raise; 0 when none is under way. */
    private int trialLeft;
    private int refusalsBeforeTrial;
    private long delayBeforeTrial;
    private int coolDownLeft;

    /**
     * @param base    the configured delay
     * @param ceiling the most the delay is raised to; at least {@code base}
     */
    PaceController(Duration base, Duration ceiling) {
        if (base.isNegative() || ceiling.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 ≤ delay ≤ ceiling, got " + base + " and " + ceiling);
        }
        this.baseNanos = base.toNanos();
        this.ceilingNanos = ceiling.toNanos();
        this.delayNanos = baseNanos;
        this.floorNanos = baseNanos;
    }

    /** The store refused a request (429, 503). */
    synchronized void refused() {
        record(true);
        if (refusalsInWindow >= MOSTLY_REFUSED) {
            // most requests refused, whatever the trial: much too fast, or blocked
            raise(2);
            return;
        }
        if (trialLeft > 0) {
            if (--trialLeft == 0) {
                judgeTrial();
            }
            return;
        }
        if (coolDownLeft == 0 && refusalsInWindow >= REFUSALS_TO_RAISE) {
            raise(RAISE);
        }
    }

    private void raise(double factor) {
        if (delayNanos >= ceilingNanos) {
            strikes++;
            trialLeft = 0;
            clearWindow();
            return;
        }
        if (trialLeft == 0) {
            delayBeforeTrial = delayNanos;
        }
        refusalsBeforeTrial = refusalsInWindow;
        // a politeness of 0 (a local mirror) that starts refusing needs a first step to multiply
        long from = Math.max(delayNanos, Duration.ofMillis(100).toNanos());
        delayNanos = Math.min(ceilingNanos, Math.max(baseNanos, (long) (from * factor)));
        trialLeft = WINDOW;
        clearWindow();
    }

    /** The store answered normally. */
    synchronized void answered() {
        record(false);
        strikes = 0;
        if (trialLeft > 0) {
            if (--trialLeft == 0) {
                judgeTrial();
            }
            return;
        }
        if (coolDownLeft > 0) {
            coolDownLeft--;
        }
        floorNanos -= (floorNanos - baseNanos) / FORGET_DIVISOR;
        if (delayNanos > floorNanos) {
            delayNanos -= (delayNanos - floorNanos) / EASE_DIVISOR;
        }
    }

    /** Whether the store kept refusing at the ceiling ({@value #STRIKES_TO_BLOCK} raises in a row were refused). */
    synchronized boolean blocked() {
        return strikes >= STRIKES_TO_BLOCK;
    }

    long delayNanos() {
        return delayNanos;
    }

    Duration ceiling() {
        return Duration.ofNanos(ceilingNanos);
    }

    private void judgeTrial() {
        trialLeft = 0;
        if (refusalsInWindow > refusalsBeforeTrial * HELPED) {
            // about as many refusals at the slower pace: the pace is not what the store objects to
            delayNanos = delayBeforeTrial;
            coolDownLeft = COOL_DOWN;
        } else {
            // the pace that drew the refusals is remembered: easing stops a little above it, and the memory fades
            floorNanos = Math.max(floorNanos, Math.min(delayNanos, (long) (delayBeforeTrial * 1.1)));
        }
        clearWindow();
    }

    private void record(boolean refusal) {
        if (window[next]) {
            refusalsInWindow--;
        }
        window[next] = refusal;
        if (refusal) {
            refusalsInWindow++;
        }
        next = (next + 1) % WINDOW;
    }

    private void clearWindow() {
        java.util.Arrays.fill(window, false);
        refusalsInWindow = 0;
    }
}
