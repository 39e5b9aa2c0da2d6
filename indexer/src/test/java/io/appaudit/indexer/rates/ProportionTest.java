package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson score intervals against values worked out by hand from the formula (z = 1.96). */
class ProportionTest {

    @Test
    void threeOfTenIsThirtyPercentBetweenElevenAndSixtyPercent() {
        Proportion p = Proportion.of(3, 10);
        assertThat(p.rate()).isEqualTo(0.3);
        assertThat(p.low()).isCloseTo(0.1078, within(1e-4));
        assertThat(p.high()).isCloseTo(0.6032, within(1e-4));
    }

    @Test
    void noneOfTenStillHasAnUpperBound() {
        Proportion p = Proportion.of(0, 10);
        assertThat(p.low()).isZero();
        assertThat(p.high()).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void allOfTenStillHasALowerBound() {
        Proportion p = Proportion.of(10, 10);
        assertThat(p.low()).isCloseTo(0.7225, within(1e-4));
        assertThat(p.high()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void noneOfFiftyHasALowerBoundOfExactlyZero() {
        Proportion p = Proportion.of(0, 50);
        assertThat(p.low()).isEqualTo(0.0);
        assertThat(p.high()).isEqualTo(0.071348);
    }

    @Test
    void keepsSixDecimals() {
        Proportion p = Proportion.of(1, 7);
        assertThat(p.rate()).isEqualTo(0.142857);
        assertThat(p.low()).isEqualTo(0.02568);
    }

    @Test
    void nothingAuditedHasNoRate() {
        Proportion p = Proportion.of(0, 0);
        assertThat(p.rate()).isNull();
        assertThat(p.low()).isNull();
        assertThat(p.high()).isNull();
    }

    @Test
    void refusesMoreFlaggedThanAudited() {
        assertThatThrownBy(() -> Proportion.of(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 of 4");
    }
}
