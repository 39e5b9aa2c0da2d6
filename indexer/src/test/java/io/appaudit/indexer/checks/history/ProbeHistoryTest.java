package io.appaudit.indexer.checks.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latest run of failures decides: long enough fails, a success since passes, too short is not yet known. */
class ProbeHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private static ListingDocument snapshot(Duration after, Integer status, String error) {
        Plant p = Plant.of(StoreId.TENCENT, "com.history", T0.plus(after));
        return p.probes("download", p.probe("download", p.downloadUrl(), "下载", status, null, error)).doc();
    }

    private static Outcome z3(ListingDocument... newestFirst) {
        return ProbeHistory.evaluate(new DeadDownloadCheck(), List.of(newestFirst), DAY).outcome();
    }

    @Test
    void twoFailuresExactlyTheSpacingApartFail() {
        assertThat(z3(snapshot(DAY, 404, null), snapshot(Duration.ZERO, 503, null)).status())
                .isEqualTo(Outcome.Status.FAILED);
    }

    @Test
    void twoFailuresJustUnderTheSpacingAreNotYetConfirmed() {
        assertThat(z3(snapshot(DAY.minusSeconds(1), 404, null), snapshot(Duration.ZERO, 404, null)).status())
                .isEqualTo(Outcome.Status.UNKNOWN);
    }

    @Test
    void aSuccessAfterTheFailuresPasses() {
        assertThat(z3(snapshot(DAY.multipliedBy(3), 200, null), snapshot(DAY, 404, null),
                snapshot(Duration.ZERO, 404, null)).status()).isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void onlyFailuresSinceTheLastSuccessCount() {
        assertThat(z3(snapshot(DAY.multipliedBy(3), 404, null), snapshot(DAY.multipliedBy(2), 200, null),
                snapshot(Duration.ZERO, 404, null)).status()).isEqualTo(Outcome.Status.UNKNOWN);
    }

    @Test
    void aTransportErrorIsAFailure() {
        Outcome o = z3(snapshot(DAY.multipliedBy(2), null, "java.net.SocketTimeoutException"),
                snapshot(Duration.ZERO, null, "java.net.SocketTimeoutException"));
        assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(o.values()).containsEntry("error", "java.net.SocketTimeoutException")
                .containsEntry("first_failure", "2026-11-01T00:00:00Z").containsEntry("failures", "2");
    }

    @Test
    void noProbeOfTheKindIsUnknown() {
        Plant p = Plant.of(StoreId.TENCENT, "com.history", T0);
        assertThat(z3(p.probes("download").doc()).status()).isEqualTo(Outcome.Status.UNKNOWN);
    }
}
