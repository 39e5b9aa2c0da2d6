package io.appaudit.indexer.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.Corpus;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuarterScanTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static ElasticConnection es;
    private static IndexLayout layout;
    private static ListingDocument newestOfDated;

    @BeforeAll
    static void ingest() {
        es = ElasticConnection.open(TestElasticsearch.config("scan"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        newestOfDated = Plant.of(StoreId.VIVO, "cn.example.dated", Corpus.T).doc();
        List<ListingDocument> docs = new ArrayList<>(List.of(newestOfDated,
                Plant.of(StoreId.VIVO, "cn.example.dated", Corpus.T.minus(Duration.ofDays(3))).run("an-earlier-run")
                        .doc(),
                Plant.of(StoreId.VIVO, "cn.example.undated", Corpus.T).with(l -> l.updatedAt(null)).doc()));
        for (int i = 0; i < 9; i++) {
            docs.add(Plant.of(StoreId.HUAWEI, "com.example.page" + i, Corpus.T).doc());
        }
        Ingest.snapshots(es, layout, Optional.empty(), docs);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static AppQuarter app(String pkg) throws IOException {
        List<AppQuarter> apps = new ArrayList<>();
        new QuarterScan(es, layout, QuarterScan.Detail.COUNTS).scan(Q,
                b -> b.packages().forEach(p -> apps.addAll(p.apps())));
        return apps.stream().filter(a -> a.packageName().equals(pkg)).findFirst().orElseThrow();
    }

    @Test
    void readsTheDaysSinceTheLastUpdate() throws IOException {
        assertThat(app("cn.example.dated").maxDaysSinceUpdate()).isPresent();
    }

    @Test
    void keepsAnUnknownUpdateDateUnknownRatherThanZeroDays() throws IOException {
        assertThat(app("cn.example.undated").maxDaysSinceUpdate()).isEmpty();
    }

    @Test
    void handsOverEveryPackageOnceInOrderWithTheRangeEachBatchCovers() throws IOException {
        List<QuarterScan.Batch> batches = new ArrayList<>();
        new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, 3).scan(Q, batches::add);

        List<String> names = batches.stream().flatMap(b -> b.packages().stream()).map(PackageQuarter::packageName)
                .toList();
        assertThat(names).hasSize(11).isSorted().doesNotHaveDuplicates();
        assertThat(batches).hasSize(4);
        assertThat(batches.get(0).after()).isEmpty();
        assertThat(batches.get(batches.size() - 1).through()).isEmpty();
        for (int i = 1; i < batches.size(); i++) {
            assertThat(batches.get(i).after()).isEqualTo(batches.get(i - 1).through());
        }
        for (QuarterScan.Batch b : batches) {
            b.packages().forEach(p -> {
                b.after().ifPresent(a -> assertThat(p.packageName()).isGreaterThan(a));
                b.through().ifPresent(t -> assertThat(p.packageName()).isLessThanOrEqualTo(t));
            });
        }
    }

    @Test
    void givesEachAppTheAddressOfItsNewestSnapshot() throws IOException {
        List<QuarterScan.Batch> batches = new ArrayList<>();
        new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, 3).scan(Q, batches::add);

        SnapshotReads.Address latest = batches.stream().map(b -> b.latest().get(new AppKey(StoreId.VIVO,
                "cn.example.dated"))).filter(Objects::nonNull).findFirst().orElseThrow();
        assertThat(latest.id()).isEqualTo(newestOfDated.snapshotId());
        assertThat(SnapshotReads.read(es, List.of(latest)).get(latest).timestamp()).isEqualTo(Corpus.T);
    }

    @Test
    void aConsumerThatFailsStopsTheScanAndItsReadingAhead() throws Exception {
        List<QuarterScan.Batch> seen = new ArrayList<>();
        assertThatThrownBy(() -> new QuarterScan(es, layout, QuarterScan.Detail.COUNTS, 2).scan(Q, b -> {
            seen.add(b);
            throw new IllegalStateException("consumer failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("consumer failed");

        assertThat(seen).hasSize(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (aheadThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(aheadThreads()).as("threads reading ahead after the scan failed").isZero();
    }

    @Test
    void anElasticsearchErrorWhileReadingAheadReachesTheCallerAsItself() throws IOException {
        // listings whose package name is analysed text: Elasticsearch refuses a composite over it
        IndexLayout broken = new IndexLayout(es.config().indexPrefix() + "-broken");
        Request create = new Request("PUT", "/" + broken.listingsIndex(Corpus.T));
        create.setJsonEntity("{\"mappings\":{\"properties\":{\"" + Fields.PACKAGE + "\":{\"type\":\"text\"}}}}");
        es.rest().performRequest(create);
        try {
            assertThatThrownBy(() -> new QuarterScan(es, broken, QuarterScan.Detail.EVIDENCE).scan(Q, b -> { }))
                    .isInstanceOf(ElasticsearchException.class).hasMessageContaining(Fields.PACKAGE);
        } finally {
            es.rest().performRequest(new Request("DELETE", "/" + broken.listingsIndex(Corpus.T)));
        }
    }

    private static long aheadThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("quarter-scan-ahead"))
                .count();
    }
}
