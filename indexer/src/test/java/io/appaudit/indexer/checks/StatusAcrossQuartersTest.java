package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two quarters checked in order: problems found again persist, problems gone are rectified, new ones are new. */
class StatusAcrossQuartersTest {

    private static final Quarter Q3 = Quarter.parse("2026Q3");
    private static final Quarter Q4 = Quarter.parse("2026Q4");
    private static final Instant IN_Q3 = Instant.parse("2026-08-15T02:00:00Z");
    private static final Instant IN_Q4 = Instant.parse("2026-11-10T02:00:00Z");
    @TempDir
    static Path files;
    private static ElasticConnection es;
    private static IndexLayout layout;

    @BeforeAll
    static void checkTwoQuarters() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("status"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        ListingChecks checks = ListingChecks.of(Corpus.context(files));
        Ingest.snapshots(es, layout, Optional.of(checks), List.of(
                app("persist", IN_Q3).with(b -> b.filingNumber("粤ICP备12345号")).doc(),
                app("fixed", IN_Q3).with(b -> b.updatedAt(OffsetDateTime.parse("2023-01-01T00:00+08:00"))).doc(),
                app("gone", IN_Q3).with(b -> b.developer("未知").operator(null)).doc(),
                app("related", IN_Q3).with(b -> b.developer("甲乙科技有限公司").operator("丙丁网络技术有限公司")
                        .filingNumber("粤ICP备2023077777号-1A")).doc(),
                app("persist", IN_Q4).with(b -> b.filingNumber("粤ICP备12345号")).doc(),
                app("fixed", IN_Q4).with(b -> b.updatedAt(OffsetDateTime.parse("2026-10-01T00:00+08:00"))).doc(),
                app("related", IN_Q4).with(b -> b.developer("腾讯科技（深圳）有限公司").operator("腾讯科技（北京）有限公司")
                        .filingNumber("粤ICP备2023077777号-1A")).doc(),
                app("new", IN_Q4).with(b -> b.filingNumber("粤ICP备12345号")).doc()));
        new CheckRun(es, layout, checks).run(Q3, false);
        new CheckRun(es, layout, checks).run(Q4, false);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static Plant app(String name, Instant at) {
        return Plant.of(StoreId.TENCENT, "com.status." + name, at).run("run-" + at.getEpochSecond());
    }

    private static Optional<FindingDocument> finding(String name, CheckId check) {
        return Ingest.findings(es, layout, Q4.toString()).stream()
                .filter(f -> f.packageName().equals("com.status." + name) && f.checkId().equals(check.name()))
                .findFirst();
    }

    @Test
    void aProblemFoundAgainPersistsAndKeepsItsFirstSighting() {
        FindingDocument f = finding("persist", CheckId.R2).orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.PERSISTING);
        assertThat(f.firstSeen()).isEqualTo(IN_Q3);
        assertThat(f.lastSeen()).isEqualTo(IN_Q4);
    }

    @Test
    void aProblemNoLongerFoundIsRectified() {
        FindingDocument f = finding("fixed", CheckId.Z1).orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.RECTIFIED);
        assertThat(f.lastSeen()).isEqualTo(IN_Q3);
        assertThat(f.timestamp()).isEqualTo(IN_Q4);
        assertThat(f.problem()).isFalse();
    }

    @Test
    void anAppNoLongerListedGetsNoFindingThisQuarter() {
        assertThat(Ingest.findings(es, layout, Q4.toString()))
                .noneMatch(f -> f.packageName().equals("com.status.gone"));
        assertThat(Ingest.findings(es, layout, Q3.toString()))
                .anyMatch(f -> f.packageName().equals("com.status.gone") && f.checkId().equals("D4"));
    }

    @Test
    void aProblemFirstFoundThisQuarterIsNew() {
        assertThat(finding("new", CheckId.R2).orElseThrow().status()).isEqualTo(FindingStatus.NEW);
    }

    @Test
    void aProblemThatBecameARelatedEntityIsRectifiedAndInformational() {
        FindingDocument f = finding("related", CheckId.D1).orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.RECTIFIED);
        assertThat(f.informational()).isTrue();
        assertThat(f.values()).containsEntry("relation", "same brand: 腾讯");
    }
}
