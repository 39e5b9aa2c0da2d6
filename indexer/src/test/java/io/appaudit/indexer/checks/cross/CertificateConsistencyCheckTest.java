package io.appaudit.indexer.checks.cross;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** D3 compares signer certificates only; APK file hashes never make it fire. */
class CertificateConsistencyCheckTest {

    private static final Instant T = Instant.parse("2026-11-10T02:00:00Z");
    private static final String PKG = "com.example.app";
    private final CertificateConsistencyCheck check = new CertificateConsistencyCheck();
    private final CheckContext context = CheckContext.load(ShippedDefaults.checks());

    /** One store's quarter of the package: file MD5 of version 210, published digests, APK signers. */
    private static AppQuarter app(StoreId store, String md5, Set<String> published, Set<String> apkSigners) {
        return new AppQuarter(store, PKG, 1, T, T, Map.of(), Set.of(), Set.of(), Optional.empty(), Set.of(),
                published, md5 == null ? Map.of() : Map.of(210L, Set.of(md5)), Map.of(), OptionalInt.empty(),
                Set.of(), Set.of(), apkSigners);
    }

    /** One store's quarter with signers read from its delivered APKs (each with its crawl span and lineage). */
    private static AppQuarter read(StoreId store, Map<String, AppQuarter.Signer> signers) {
        return new AppQuarter(store, PKG, 2, T, T, Map.of(), Set.of(), Set.of(), Optional.empty(), Set.of(),
                Set.of(), Map.of(), Map.of(), OptionalInt.empty(), Set.of(), Set.of(), Set.of(),
                new AppQuarter.Apks(signers, Set.of(), Set.of(), Set.of(), Set.of()));
    }

    private static AppQuarter.Signer signer(int fromDay, int toDay, String... lineage) {
        return new AppQuarter.Signer(T.plus(Duration.ofDays(fromDay)), T.plus(Duration.ofDays(toDay)),
                Set.of(lineage), Set.of("<urn:uuid:range-" + fromDay + ">"));
    }

    private static final String OLD = "0a".repeat(32);
    private static final String NEW = "0b".repeat(32);
    private static final String OTHER = "0c".repeat(32);

    @Test
    void aSignerThatChangesBetweenCrawlsOfOneStoreFiresWithBothSpans() {
        Map<StoreId, Outcome> out = evaluate(read(StoreId.VIVO, Map.of(OLD, signer(0, 3), OTHER, signer(5, 9))));
        assertThat(out.get(StoreId.VIVO).failed()).isTrue();
        assertThat(out.get(StoreId.VIVO).values().get("signer change in vivo"))
                .startsWith(OLD + " (" + T + " … ").contains(" → " + OTHER + " (")
                .doesNotContain("<urn");
        assertThat(out.get(StoreId.VIVO).values().get("apk_evidence")).contains("<urn:uuid:range-0>",
                "<urn:uuid:range-5>");
    }

    @Test
    void aV3RotationWhoseLineageHoldsTheOlderSignerIsNotAChange() {
        Map<StoreId, Outcome> out = evaluate(read(StoreId.VIVO, Map.of(OLD, signer(0, 3), NEW, signer(5, 9, OLD, NEW))),
                read(StoreId.OPPO, Map.of(OLD, signer(1, 1))));
        assertThat(out.values()).allMatch(o -> o.status() == Outcome.Status.PASSED);
    }

    @Test
    void aRotationDoesNotExplainASignerOutsideTheLineage() {
        Map<StoreId, Outcome> out = evaluate(read(StoreId.VIVO, Map.of(NEW, signer(5, 9, OLD, NEW))),
                read(StoreId.OPPO, Map.of(OLD, signer(1, 1))), read(StoreId.HUAWEI, Map.of(OTHER, signer(2, 2))));
        assertThat(out.get(StoreId.HUAWEI).failed()).isTrue();
        assertThat(out.get(StoreId.VIVO).status()).isEqualTo(Outcome.Status.PASSED);
        assertThat(out.get(StoreId.OPPO).status()).isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void twoSignersReadTogetherOnEveryCrawlAreOneSignerSet() {
        Map<StoreId, Outcome> out = evaluate(read(StoreId.VIVO, Map.of(OLD, signer(0, 4), OTHER, signer(0, 4))),
                read(StoreId.OPPO, Map.of(OLD, signer(1, 2), OTHER, signer(1, 2))));
        assertThat(out.values()).allMatch(o -> o.status() == Outcome.Status.PASSED);
    }

    @Test
    void oneSignerReadOnOneCrawlOfOneStoreIsUnknown() {
        assertThat(evaluate(read(StoreId.VIVO, Map.of(OLD, signer(0, 0)))).get(StoreId.VIVO).status())
                .isEqualTo(Outcome.Status.UNKNOWN);
        assertThat(evaluate(read(StoreId.VIVO, Map.of(OLD, signer(0, 2)))).get(StoreId.VIVO).status())
                .isEqualTo(Outcome.Status.PASSED);
    }

    private Map<StoreId, Outcome> evaluate(AppQuarter... apps) {
        return check.evaluate(new PackageQuarter(PKG, List.of(apps)), context);
    }

    @Test
    void differingFileMd5sOfOneVersionDoNotFire() {
        Map<StoreId, Outcome> out = evaluate(app(StoreId.TENCENT, "a".repeat(32), Set.of(), Set.of()),
                app(StoreId.HUAWEI, "b".repeat(32), Set.of(), Set.of()),
                app(StoreId.OPPO, "c".repeat(32), Set.of(), Set.of()));
        assertThat(out.values()).noneMatch(Outcome::failed);
    }

    @Test
    void withoutSignersInTwoStoresD3IsUnknownNotAPass() {
        Map<StoreId, Outcome> out = evaluate(app(StoreId.TENCENT, "a".repeat(32), Set.of(), Set.of()),
                app(StoreId.XIAOMI, null, Set.of("1a".repeat(16)), Set.of()));
        assertThat(out.values()).allMatch(o -> o.status() == Outcome.Status.UNKNOWN);
    }

    @Test
    void differingStorePublishedCertificateDigestsFire() {
        Map<StoreId, Outcome> out = evaluate(app(StoreId.XIAOMI, null, Set.of("1a".repeat(16)), Set.of()),
                app(StoreId.TENCENT, "a".repeat(32), Set.of("1a".repeat(16)), Set.of()),
                app(StoreId.HUAWEI, "a".repeat(32), Set.of("2b".repeat(16)), Set.of()));
        assertThat(out.get(StoreId.HUAWEI).failed()).isTrue();
        assertThat(out.get(StoreId.XIAOMI).status()).isEqualTo(Outcome.Status.PASSED);
        assertThat(out.get(StoreId.HUAWEI).values()).containsKey("store-published signing certificate (32 hex)");
    }

    @Test
    void differingApkSignersFireWhateverTheFileHashes() {
        Map<StoreId, Outcome> out = evaluate(app(StoreId.TENCENT, "a".repeat(32), Set.of(), Set.of("c".repeat(64))),
                app(StoreId.OPPO, "a".repeat(32), Set.of(), Set.of("d".repeat(64))));
        assertThat(out.values()).allMatch(Outcome::failed);
    }

    @Test
    void oneApkSignerInEveryStorePassesThoughTheFilesDiffer() {
        Map<StoreId, Outcome> out = evaluate(app(StoreId.TENCENT, "a".repeat(32), Set.of(), Set.of("c".repeat(64))),
                app(StoreId.OPPO, "b".repeat(32), Set.of(), Set.of("c".repeat(64))));
        assertThat(out.values()).allMatch(o -> o.status() == Outcome.Status.PASSED);
    }
}
