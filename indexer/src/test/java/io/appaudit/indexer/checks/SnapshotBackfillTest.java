package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} runs the listing checks on snapshots stored without them, and again on request. */
class SnapshotBackfillTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    @TempDir
    Path files;
    private ElasticConnection es;
    private IndexLayout layout;
    private ListingDocument overdue;

    @BeforeEach
    void ingestWithoutChecks() {
        es = ElasticConnection.open(TestElasticsearch.config("backfill"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        overdue = Plant.of(StoreId.TENCENT, "com.plant.z5.overdue", Corpus.T).doc();
        Ingest.snapshots(es, layout, Optional.empty(), List.of(overdue,
                Plant.of(StoreId.TENCENT, "com.plant.clean", Corpus.T).doc()));
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void checksSnapshotsThatWereStoredWithoutOutcomes() throws IOException {
        CheckRun.Summary s = new CheckRun(es, layout, ListingChecks.of(Corpus.context(files))).run(Q, false);
        assertThat(s.snapshotsChecked()).isEqualTo(2);
        assertThat(Ingest.snapshot(es, layout, overdue.snapshotId()).checksFailed()).containsExactly("Z5");
        assertThat(Ingest.findings(es, layout, Q.toString())).extracting(FindingDocument::checkId)
                .containsExactly("Z5");
    }

    @Test
    void reevaluatingAfterANoticeIsWithdrawnRemovesItsFinding() throws IOException {
        new CheckRun(es, layout, ListingChecks.of(Corpus.context(files))).run(Q, false);
        ListingChecks withdrawn = ListingChecks.of(Corpus.context(files, "store,package,deadline\n"));
        CheckRun.Summary s = new CheckRun(es, layout, withdrawn).run(Q, true);
        assertThat(s.snapshotsChecked()).isEqualTo(1);
        assertThat(s.deleted()).isEqualTo(1);
        assertThat(Ingest.findings(es, layout, Q.toString())).isEmpty();
        assertThat(Ingest.snapshot(es, layout, overdue.snapshotId()).checksFailed()).isEmpty();
    }

    @Test
    void aCheckWithoutReevaluationLeavesCheckedSnapshotsAlone() throws IOException {
        new CheckRun(es, layout, ListingChecks.of(Corpus.context(files))).run(Q, false);
        ListingChecks withdrawn = ListingChecks.of(Corpus.context(files, "store,package,deadline\n"));
        CheckRun.Summary s = new CheckRun(es, layout, withdrawn).run(Q, false);
        assertThat(s.snapshotsChecked()).isZero();
        assertThat(Ingest.findings(es, layout, Q.toString())).singleElement()
                .satisfies(f -> assertThat(f.values()).containsKey("recorded"));
    }
}
