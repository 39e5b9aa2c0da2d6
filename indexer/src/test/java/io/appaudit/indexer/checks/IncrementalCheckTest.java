package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.AppQuarterDocument;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.checks.run.ShownFieldsIndex;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} evaluates only what can have changed since its last run: nothing when nothing did, the packages of a
 * re-crawl (all their stores) after one, everything on {@code --reevaluate} or a changed configuration; and what an
 * incremental run leaves is what a full evaluation finds.
 */
class IncrementalCheckTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static final Instant CRAWL = Instant.parse("2026-11-02T02:00:00Z");
    private static final int PACKAGES = 12;

    @TempDir
    Path files;
    private ElasticConnection es;
    private IndexLayout layout;
    private ListingChecks checks;

    @BeforeEach
    void firstCrawlChecked() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("incremental"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        checks = ListingChecks.of(Corpus.context(files));
        List<ListingDocument> docs = new ArrayList<>();
        for (int p = 0; p < PACKAGES; p++) {
            for (StoreId s : List.of(StoreId.TENCENT, StoreId.XIAOMI, StoreId.HUAWEI)) {
                docs.add(Plant.of(s, "com.incremental.p" + p, CRAWL).doc());
            }
        }
        Ingest.snapshots(es, layout, Optional.of(checks), docs);
        CheckRun.Summary first = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(first.lookedAt()).isEqualTo(3L * PACKAGES);
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void aSecondRunWithNothingChangedLooksAtNoAppAndChangesNothing() throws IOException {
        Map<String, Object> before = everything();
        CheckRun.Summary again = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(again.lookedAt()).isZero();
        assertThat(again.written()).isZero();
        assertThat(again.apps()).isEqualTo(3L * PACKAGES);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aRecrawlOfOneStoresPackageLooksAtThatPackageInEveryStoreOnly() throws IOException {
        Ingest.snapshots(es, layout, Optional.of(checks), List.of(Plant.of(StoreId.XIAOMI, "com.incremental.p4",
                CRAWL.plusSeconds(86_400)).run("run-2").with(b -> b.name("必装神器")).doc()));
        CheckRun.Summary s = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(s.lookedAt()).isEqualTo(3);
        assertThat(s.apps()).isEqualTo(3L * PACKAGES);
        assertThat(s.problemsByCheck()).containsEntry(CheckId.M4, 1L);
        Map<String, Object> incremental = everything();

        CheckRun.Summary full = new CheckRun(es, layout, checks).run(Q, true);
        assertThat(full.lookedAt()).isEqualTo(3L * PACKAGES);
        assertThat(full.written()).isZero();
        assertThat(everything()).isEqualTo(incremental);
    }

    @Test
    void aRecrawlChangesWhatTheStoresShowByItsPackagesAloneAndEqualToAFullMeasure() throws IOException {
        ShownFieldsIndex shownIndex = new ShownFieldsIndex(es, layout);
        long filingsBefore = shownIndex.read(Q).measured(StoreId.XIAOMI).orElseThrow().found()
                .get(ListingField.FILING_NUMBER);
        // two Xiaomi apps now without their filing number, and a new Tencent app
        Ingest.snapshots(es, layout, Optional.of(checks), List.of(
                Plant.of(StoreId.XIAOMI, "com.incremental.p4", CRAWL.plusSeconds(86_400)).run("run-2")
                        .with(b -> b.filingNumber(null)).doc(),
                Plant.of(StoreId.XIAOMI, "com.incremental.p5", CRAWL.plusSeconds(86_400)).run("run-2")
                        .with(b -> b.filingNumber(null)).doc(),
                Plant.of(StoreId.TENCENT, "com.incremental.new", CRAWL.plusSeconds(86_400)).run("run-2").doc()));
        CheckRun.Summary s = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(s.lookedAt()).isEqualTo(3 + 3 + 1);

        ShownFields kept = shownIndex.read(Q);
        assertThat(kept.measured(StoreId.XIAOMI).orElseThrow().found().get(ListingField.FILING_NUMBER))
                .isEqualTo(filingsBefore - 2);
        assertThat(kept.measured(StoreId.TENCENT).orElseThrow().evaluated()).isEqualTo(PACKAGES + 1);
        // the kept measure has a document for every store, the ones without audited apps at zero
        ShownFields full = shownIndex.measure(Q, checks.context().config().shownThreshold());
        assertThat(kept.threshold()).isEqualTo(full.threshold());
        assertThat(kept.stores()).allSatisfy((store, m) -> assertThat(full.measured(store))
                .isEqualTo(m.evaluated() == 0 ? Optional.empty() : Optional.of(m)));
        assertThat(kept.stores()).containsOnlyKeys(StoreId.values());
    }

    @Test
    void aNewPackageIsCountedAndEvaluated() throws IOException {
        // In a store already audited: a store's first app changes what it is measured to show, and so everything.
        Ingest.snapshots(es, layout, Optional.of(checks), List.of(Plant.of(StoreId.TENCENT, "com.incremental.new",
                CRAWL.plusSeconds(3_600)).run("run-2").doc()));
        CheckRun.Summary s = new CheckRun(es, layout, checks).run(Q, false);
        assertThat(s.lookedAt()).isEqualTo(1);
        assertThat(s.packages()).isEqualTo(PACKAGES + 1);
        assertThat(s.apps()).isEqualTo(3L * PACKAGES + 1);
    }

    @Test
    void aStoresFirstAppChangesWhatItShowsSoEveryAppIsEvaluated() throws IOException {
        Ingest.snapshots(es, layout, Optional.of(checks), List.of(Plant.of(StoreId.OPPO, "com.incremental.oppo",
                CRAWL.plusSeconds(3_600)).run("run-2").doc()));
        assertThat(new CheckRun(es, layout, checks).run(Q, false).lookedAt()).isEqualTo(3L * PACKAGES + 1);
    }

    @Test
    void reevaluateLooksAtEveryApp() throws IOException {
        assertThat(new CheckRun(es, layout, checks).run(Q, true).lookedAt()).isEqualTo(3L * PACKAGES);
    }

    @Test
    void aChangedConfigurationLooksAtEveryApp() throws IOException {
        Path notices = files.resolve("later-notices.csv");
        Files.writeString(notices, "store,package,deadline,notice\ntencent,com.incremental.p1,2026-10-01,\n");
        CheckConfig config = checks.context().config();
        CheckConfig changed = new CheckConfig(config.filingRequiredAfter(), config.filingPattern(), config.staleDays(),
                config.staleBuckets(), config.minTargetSdk(), config.targetSdkAfter(), config.failureSpacing(),
                config.inducingWords(), config.officialWord(), config.fastDownloadWords(), config.groupFile(),
                config.registryFile(), Optional.of(notices), config.shownThreshold());
        CheckRun.Summary s = new CheckRun(es, layout, ListingChecks.of(CheckContext.load(changed))).run(Q, false);
        assertThat(s.lookedAt()).isEqualTo(3L * PACKAGES);
    }

    /** Every finding and app-quarter document of the quarter, by id. */
    private Map<String, Object> everything() throws IOException {
        Map<String, Object> out = new TreeMap<>();
        for (FindingDocument f : Ingest.findings(es, layout, Q.toString())) {
            out.put("finding " + f.findingId(), f);
        }
        es.client().indices().refresh(r -> r.index(layout.appQuartersIndex()));
        for (Hit<AppQuarterDocument> h : es.client().search(s -> s.index(layout.appQuartersIndex()).size(1000),
                AppQuarterDocument.class).hits().hits()) {
            out.put("app " + h.id(), h.source());
        }
        return out;
    }
}
