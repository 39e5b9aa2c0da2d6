package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listing crawled a second before midnight China time on 30 September is Q3; one at midnight is Q4. */
class QuarterBoundaryTest {

    private static ElasticConnection es;
    private static RatesService rates;

    @BeforeAll
    static void ingestAcrossTheBoundary() {
        es = ElasticConnection.open(TestElasticsearch.config("boundary"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        CheckContext context = CheckContext.load(ShippedDefaults.checks());
        Ingest.snapshots(es, layout, Optional.of(ListingChecks.of(context)), List.of(
                Plant.of(StoreId.TENCENT, "com.boundary.before", Instant.parse("2026-09-30T15:59:59Z")).doc(),
                Plant.of(StoreId.TENCENT, "com.boundary.after", Instant.parse("2026-09-30T16:00:00Z")).doc()));
        rates = new RatesService(es, layout, context);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void aListingCrawledJustBeforeMidnightChinaTimeIsAuditedInTheEndingQuarter() throws IOException {
        assertThat(rates.compute(Quarter.parse("2026Q3")).totals().audited()).isEqualTo(1);
    }

    @Test
    void aListingCrawledAtMidnightChinaTimeIsAuditedInTheNewQuarter() throws IOException {
        assertThat(rates.compute(Quarter.parse("2026Q4")).totals().audited()).isEqualTo(1);
    }
}
