package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentRateTest {

    private static final long S = 1_000_000_000L;

    @Test
    void followsThePaceOfTheLastMinuteNotTheAverageSinceTheStart() {
        RecentRate r = new RecentRate();
        r.update(0, 0);
        // ten minutes at 2 listings a second...
        for (int t = 1; t <= 600; t++) {
            r.update(t * S, 2L * t);
        }
        // ...then the store slows us to one every ten seconds
        double rate = 0;
        for (int t = 601; t <= 720; t++) {
            rate = r.update(t * S, 1200 + (t - 600) / 10);
        }
        assertThat(rate).isCloseTo(0.1, within(0.02));
    }

    @Test
    void usesTheRateSinceTheFirstSampleUntilAMinuteHasPassed() {
        RecentRate r = new RecentRate();
        r.update(0, 0);
        assertThat(r.update(10 * S, 30)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void knowsNoRateFromASingleMoment() {
        assertThat(new RecentRate().update(5 * S, 10)).isZero();
    }
}
