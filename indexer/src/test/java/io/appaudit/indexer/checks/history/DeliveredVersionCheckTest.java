package io.appaudit.indexer.checks.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6: the page's version against the delivered APK's, confirmed on crawls a day apart. */
class DeliveredVersionCheckTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private final DeliveredVersionCheck check = new DeliveredVersionCheck();

    private static ListingDocument snapshot(Duration after, String pageName, Long pageCode, String apkName,
                                            Long apkCode) {
        Plant p = Plant.of(StoreId.TENCENT, "com.version", T0.plus(after)).with(b -> b.versionName(pageName)
                .versionCode(pageCode));
        return p.probes("download", p.downloadWithApk(p.apk(p.pkg(), apkCode == null ? 0L : apkCode, apkName, 33,
                List.of(), List.of("0a".repeat(32)), List.of()))).doc();
    }

    @Test
    void aDifferentVersionNameIsAFailedObservationWithBothVersions() {
        Observation o = check.observe(snapshot(Duration.ZERO, "3.0.0", null, "2.9.1", null));
        assertThat(o.verdict()).isEqualTo(Observation.Verdict.FAILED);
        assertThat(o.values()).containsEntry("page_version_name", "3.0.0").containsEntry("apk_version_name", "2.9.1")
                .containsKey("apk_evidence");
    }

    @Test
    void aLeadingVAndSpacesAreNotADifference() {
        assertThat(check.observe(snapshot(Duration.ZERO, "v 3.0.0", 300L, "3.0.0", 300L)).verdict())
                .isEqualTo(Observation.Verdict.OK);
    }

    @Test
    void aDifferentVersionCodeFailsEvenWithTheSameName() {
        assertThat(check.observe(snapshot(Duration.ZERO, "3.0.0", 300L, "3.0.0", 301L)).verdict())
                .isEqualTo(Observation.Verdict.FAILED);
    }

    @Test
    void aDifferenceOnTwoCrawlsADayApartFailsAndAMatchSincePasses() {
        ListingDocument first = snapshot(Duration.ZERO, "3.0.0", 300L, "2.9.1", 291L);
        ListingDocument second = snapshot(DAY, "3.0.0", 300L, "2.9.1", 291L);
        assertThat(ProbeHistory.evaluate(check, List.of(second, first), DAY).outcome().status())
                .isEqualTo(Outcome.Status.FAILED);
        ListingDocument fixed = snapshot(DAY.multipliedBy(2), "3.0.0", 300L, "3.0.0", 300L);
        assertThat(ProbeHistory.evaluate(check, List.of(fixed, second, first), DAY).outcome().status())
                .isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void withoutAnApkReadR6IsUnknownAndSaysWhy() {
        Plant p = Plant.of(StoreId.TENCENT, "com.version", T0);
        ListingDocument d = p.probes("download", p.downloadWithApk(Plant.unread("ranges_not_served", "no 206")))
                .doc();
        Outcome o = ProbeHistory.evaluate(check, List.of(d), DAY).outcome();
        assertThat(o.status()).isEqualTo(Outcome.Status.UNKNOWN);
        assertThat(o.note()).startsWith("delivered APK not read: ");
    }
}
