package io.appaudit.indexer.checks.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.Corpus;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuarterScanTest {

    private static ElasticConnection es;
    private static IndexLayout layout;

    @BeforeAll
    static void ingest() {
        es = ElasticConnection.open(TestElasticsearch.config("scan"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        Ingest.snapshots(es, layout, Optional.empty(), List.of(
                Plant.of(StoreId.VIVO, "cn.example.dated", Corpus.T).doc(),
                Plant.of(StoreId.VIVO, "cn.example.undated", Corpus.T).with(l -> l.updatedAt(null)).doc()));
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static AppQuarter app(String pkg) throws IOException {
        List<AppQuarter> apps = new ArrayList<>();
        new QuarterScan(es, layout, QuarterScan.Detail.COUNTS).scan(Quarter.parse("2026Q4"),
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
}
