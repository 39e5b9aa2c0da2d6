package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole labelled corpus through ingestion and {@code check}: exactly the planted findings, and no others. */
class CheckRunTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    @TempDir
    static Path files;
    private static ElasticConnection es;
    private static IndexLayout layout;
    private static ListingChecks checks;
    private static CheckRun.Summary first;

    @BeforeAll
    static void ingestAndCheck() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("checkrun"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        checks = ListingChecks.of(Corpus.context(files));
        Ingest.snapshots(es, layout, Optional.of(checks),
                Corpus.cases().stream().flatMap(c -> c.snapshots().stream()).toList());
        first = new CheckRun(es, layout, checks).run(Q, false);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static Set<Corpus.Expected> expected(boolean informational) {
        return Corpus.cases().stream().flatMap(c -> c.expected().stream())
                .filter(e -> e.informational() == informational).collect(Collectors.toSet());
    }

    private static Set<Corpus.Expected> found(boolean informational) {
        return Ingest.findings(es, layout, Q.toString()).stream()
                .filter(f -> Boolean.TRUE.equals(f.informational()) == informational)
                .map(f -> new Corpus.Expected(StoreId.of(f.store()), f.packageName(), CheckId.of(f.checkId()),
                        informational))
                .collect(Collectors.toSet());
    }

    @Test
    void findsExactlyThePlantedProblems() {
        assertThat(found(false)).containsExactlyInAnyOrderElementsOf(expected(false));
    }

    @Test
    void reportsRelatedEntitiesAsInformationalOnly() {
        assertThat(found(true)).containsExactlyInAnyOrderElementsOf(expected(true));
    }

    @Test
    void everyCheckOfTheRulesHasAPlantedProblem() {
        assertThat(expected(false).stream().map(Corpus.Expected::check).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CheckId.values());
    }

    @Test
    void aFirstQuarterMarksEveryProblemNew() {
        assertThat(Ingest.findings(es, layout, Q.toString())).extracting(FindingDocument::status)
                .containsOnly(FindingStatus.NEW);
        assertThat(first.findingsByStatus()).containsOnlyKeys(FindingStatus.NEW.value());
    }

    @Test
    void runningTheChecksAgainChangesNothing() throws IOException {
        List<FindingDocument> before = Ingest.findings(es, layout, Q.toString());
        CheckRun.Summary again = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(again.written()).isZero();
        assertThat(again.deleted()).isZero();
        assertThat(again.unchanged()).isEqualTo(before.size());
        assertThat(again.lookedAt()).isZero();
        assertThat(Ingest.findings(es, layout, Q.toString())).isEqualTo(before);
    }

    @Test
    void pagesOfTwoPackagesFindTheSame() throws IOException {
        // --reevaluate: a run with nothing changed would not look at any app (IncrementalCheckTest)
        CheckRun.Summary paged = new CheckRun(es, layout, checks, 2).run(Q, true);
        assertThat(paged.lookedAt()).isEqualTo(first.apps());
        assertThat(paged.written()).isZero();
        assertThat(paged.deleted()).isZero();
    }

    @Test
    void aListingFindingKeepsTheTriggeringValueAndTheEvidence() {
        FindingDocument r2 = one("com.plant.r2", CheckId.R2);
        assertThat(r2.values()).containsEntry("filing_number", "粤ICP备12345号");
        assertThat(r2.evidence().warcFile()).isEqualTo("appaudit-tencent.warc.gz");
        assertThat(r2.evidence().recordId()).startsWith("<urn:uuid:com.plant.r2:");
        assertThat(r2.evidence().payloadSha256()).hasSize(64);
        assertThat(r2.evidence().sourceUrl()).isEqualTo("https://store.example/tencent/com.plant.r2");
        assertThat(r2.severity()).isEqualTo("medium");
        assertThat(r2.family()).isEqualTo("R");
    }

    @Test
    void aHistoryFindingSpansItsFirstAndLastFailure() {
        FindingDocument r4 = one("com.plant.r4", CheckId.R4);
        assertThat(r4.firstSeen()).isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(r4.lastSeen()).isEqualTo(Instant.parse("2026-11-03T02:00:00Z"));
        assertThat(r4.values()).containsEntry("failures", "2").containsEntry("status", "404");
    }

    @Test
    void aCrossListingFindingNamesEveryStoresDeveloper() {
        FindingDocument d2 = one("com.plant.d2", CheckId.D2);
        assertThat(d2.store()).isEqualTo("oppo");
        assertThat(d2.values().get("developers"))
                .isEqualTo("tencent: 示例科技(深圳); oppo: 完全无关; huawei: 示例科技(深圳)");
    }

    @Test
    void ingestionRecordsTheListingOutcomesOnEachSnapshot() {
        ListingDocument d = Corpus.cases().stream().filter(c -> c.label().startsWith("Z1: ")).findFirst()
                .orElseThrow().snapshots().get(0);
        ListingDocument stored = Ingest.snapshot(es, layout, d.snapshotId());
        assertThat(stored.checksFailed()).containsExactly("Z1");
        assertThat(stored.familiesFailed()).containsExactly("Z");
        // Z1 reads the update date, which the store might not show this quarter: only the quarter check confirms it.
        assertThat(stored.flagged()).isFalse();
        assertThat(stored.fieldsFound()).contains("updated_at", "filing_number", "developer");
    }

    @Test
    void m1ProvedByTheManifestCitesTheManifestPackageAndTheRangeRecords() {
        FindingDocument m1 = one("com.plant.m1.manifest", CheckId.M1);
        assertThat(m1.values()).containsEntry("manifest_package", "com.tencent.android.qqdownloader")
                .containsEntry("proved_by", "delivered APK manifest")
                .containsEntry("file_name_package", "com.plant.m1.manifest");
        assertThat(m1.values().get("apk_evidence")).startsWith("<urn:uuid:apk:com.plant.m1.manifest:");
    }

    @Test
    void r6SpansTheTwoCrawlsAndCitesBothVersions() {
        FindingDocument r6 = one("com.plant.r6", CheckId.R6);
        assertThat(r6.firstSeen()).isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(r6.lastSeen()).isEqualTo(Instant.parse("2026-11-03T02:00:00Z"));
        assertThat(r6.values()).containsEntry("page_version_name", "2.1.0").containsEntry("apk_version_name", "2.0.9")
                .containsEntry("page_version_code", "210").containsEntry("apk_version_code", "209")
                .containsEntry("failures", "2").containsKey("apk_evidence");
    }

    @Test
    void d3NamesTheSignersOfAChangeBetweenCrawlsWithTheirEvidence() {
        FindingDocument d3 = one("com.plant.d3.change", CheckId.D3);
        assertThat(d3.values().get("signer change in tencent"))
                .startsWith(Corpus.SIGNER_OLD + " (2026-11-01T02:00:00Z").contains("→ " + Corpus.SIGNER_OTHER);
        assertThat(d3.values().get("apk_evidence")).contains("<urn:uuid:apk:com.plant.d3.change:");
    }

    @Test
    void r5NamesTheUndisclosedPermission() {
        assertThat(one("com.plant.r5", CheckId.R5).values())
                .containsEntry("undisclosed", "android.permission.READ_CONTACTS");
    }

    private static FindingDocument one(String pkg, CheckId check) {
        return Ingest.findings(es, layout, Q.toString()).stream()
                .filter(f -> f.packageName().equals(pkg) && f.checkId().equals(check.name())).findFirst().orElseThrow();
    }
}
