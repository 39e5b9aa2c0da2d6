package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.indexer.rates.QuarterRates.Changes;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A check's rate is over the apps it could be evaluated for; none evaluated is its own value, not 0 %. */
class CheckRatesTest {

    private static final Changes NONE = new Changes(0, 0, 0);

    @Test
    void theRateIsOverTheEvaluatedAppsNotTheAudited() {
        CheckRates z2 = CheckRates.of("Z2", "Z", "obsolete target SDK", 2, 5, 50,
                NotEvaluated.Reason.NO_EVALUABLE_APP, 0, NONE);
        assertThat(z2.flagged().rate()).isEqualTo(0.4);
        assertThat(z2.coverage().rate()).isEqualTo(0.1);
        assertThat(z2.notEvaluated()).isEmpty();
    }

    @Test
    void noAppEvaluatedGivesNoRateNoIntervalAndTheReason() {
        CheckRates r1 = CheckRates.of("R1", "R", "filing number missing", 0, 0, 50, NotEvaluated.Reason.NOT_SHOWN,
                0, NONE);
        assertThat(r1.flagged().rate()).isNull();
        assertThat(r1.flagged().low()).isNull();
        assertThat(r1.coverage().k()).isZero();
        assertThat(r1.coverage().n()).isEqualTo(50);
        assertThat(r1.notEvaluated()).contains(new NotEvaluated(NotEvaluated.Reason.NOT_SHOWN));
    }

    @Test
    void refusesAReasonBesideEvaluatedApps() {
        assertThatThrownBy(() -> new CheckRates("Z2", "Z", "obsolete target SDK", 5, Proportion.of(1, 5),
                Proportion.of(5, 50), Optional.of(new NotEvaluated(NotEvaluated.Reason.NOT_SHOWN)), 0, NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z2");
    }

    @Test
    void refusesARateOverAnotherCountThanTheEvaluated() {
        assertThatThrownBy(() -> new CheckRates("Z2", "Z", "obsolete target SDK", 5, Proportion.of(1, 50),
                Proportion.of(5, 50), Optional.empty(), 0, NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 of 50");
    }
}
