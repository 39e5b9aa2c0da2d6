package io.appaudit.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pace controller against simulated stores in virtual time: each request starts when the delay since the
 * previous one and any Retry-After pause have passed, as {@link HostLimiter} lets it go.
 */
class PaceControllerTest {

    private static final long MS = 1_000_000L;

    /** A store's answer to one request: refused or not, and the Retry-After it sends with a refusal (ms, 0: none). */
    private interface SimulatedStore {
        long answer(long nowNanos, int request);
    }

    private record Run(int requests, int refused, long elapsedNanos, long lastDelayNanos) {
        double answeredPerSecond() {
            return (requests - refused) / (elapsedNanos / 1e9);
        }

        double refusedShare() {
            return refused / (double) requests;
        }
    }

    private static Run crawl(PaceController pace, SimulatedStore store, int requests) {
        long now = 0;
        long pausedUntil = 0;
        int refused = 0;
        for (int i = 0; i < requests; i++) {
            now = Math.max(now + pace.delayNanos(), pausedUntil);
            long retryAfterMs = store.answer(now, i);
            if (retryAfterMs >= 0) {
                refused++;
                pace.refused();
                pausedUntil = now + retryAfterMs * MS;
            } else {
                pace.answered();
            }
        }
        return new Run(requests, refused, now, pace.delayNanos());
    }

    /** A token bucket of {@code perSecond} tokens, holding at most {@code burst}: 429 when empty. */
    private static SimulatedStore tokenBucket(double perSecond, double burst, long retryAfterMs) {
        return new SimulatedStore() {
            private double tokens = burst;
            private long last;

            @Override
            public long answer(long now, int request) {
                tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
                last = now;
                if (tokens >= 1) {
                    tokens -= 1;
                    return -1;
                }
                return retryAfterMs;
            }
        };
    }

    @Test
    void settlesJustUnderAHiddenRateLimitWithFewRefusals() {
        for (long retryAfter : new long[] {0, 1000}) {
            PaceController pace = new PaceController(Duration.ofMillis(200), Duration.ofSeconds(2));
            Run run = crawl(pace, tokenBucket(3, 3, retryAfter), 3000);
            assertTrue(run.answeredPerSecond() >= 3 * 0.8 && run.answeredPerSecond() <= 3.05,
                    "Retry-After " + retryAfter + " ms: " + run.answeredPerSecond() + " answers/s against a limit of 3");
            System.err.printf("token bucket 3/s, Retry-After %d ms: %.2f answers/s, %.1f %% refused%n", retryAfter,
                    run.answeredPerSecond(), 100 * run.refusedShare());
            assertTrue(run.refusedShare() < 0.05, "Retry-After " + retryAfter + " ms: refused " + run.refusedShare());
        }
    }

    @Test
    void refusalsThatComeAloneDoNotRatchetTheDelay() {
        // the first request for one URL in five is refused once with Retry-After: 2, at any pace
        Random random = new Random(7);
        Set<Integer> refusedOnce = new HashSet<>();
        PaceController pace = new PaceController(Duration.ofMillis(200), Duration.ofSeconds(2));
        long[] delaySum = new long[1];
        SimulatedStore store = (now, i) -> {
            delaySum[0] += pace.delayNanos();
            int url = i; // each request is for a new URL unless it retries one just refused
            if (refusedOnce.remove(-1)) {
                return -1; // the retry of the refused URL succeeds
            }
            if (random.nextInt(5) == 0) {
                refusedOnce.add(-1);
                return 2000;
            }
            return -1;
        };
        Run run = crawl(pace, store, 2000);
        double meanDelayMs = delaySum[0] / (double) run.requests() / MS;
        assertTrue(meanDelayMs < 200 * 1.3, "mean delay " + meanDelayMs + " ms for a configured 200 ms");
        assertTrue(run.lastDelayNanos() < Duration.ofMillis(400).toNanos(), "the delay did not climb to the ceiling");
    }

    @Test
    void aStoreThatKeepsRefusingAtTheCeilingIsBlockedWithinABoundedNumberOfRequests() {
        PaceController pace = new PaceController(Duration.ofMillis(200), Duration.ofSeconds(2));
        crawl(pace, (now, i) -> -1, 100);
        assertFalse(pace.blocked());
        int further = 0;
        while (!pace.blocked()) {
            pace.refused();
            further++;
            assertTrue(further <= 60, "still not blocked after " + further + " refusals");
        }
        assertEquals(Duration.ofSeconds(2).toNanos(), pace.delayNanos());
    }

    @Test
    void theDelayComesBackToTheConfiguredOneSteadily() {
        PaceController pace = new PaceController(Duration.ofMillis(200), Duration.ofSeconds(2));
        for (int i = 0; i < 60 && pace.delayNanos() < Duration.ofSeconds(2).toNanos(); i++) {
            pace.refused();
        }
        assertEquals(Duration.ofSeconds(2).toNanos(), pace.delayNanos(), "nothing but refusals reach the ceiling");
        int answers = 0;
        while (pace.delayNanos() > Duration.ofMillis(220).toNanos()) {
            pace.answered();
            answers++;
        }
        // after the trial of the last raise (20 answers), 1/32 of the excess per answer down to the remembered
        // too-fast pace, which itself fades by 1/256 per answer: within 10 % of the configured delay in about 200
        assertTrue(answers < 260, answers + " answers to come back");
        assertFalse(pace.blocked(), "a normal answer ends a block in the making");
    }

    @Test
    void aCeilingBelowTheDelayIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PaceController(Duration.ofSeconds(1), Duration.ofMillis(500)));
    }
}
