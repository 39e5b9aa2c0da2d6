package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportCorpus;
import io.appaudit.stores.Hash;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rates from the app-quarter index equal, to the last digit, the rates as they were computed before it (a scan of
 * the listings and aggregations over the findings, {@link ScanRates}) on the same data: the report's three quarters
 * of five stores (statuses across quarters, related entities, an overdue app, stale apps, packages in several
 * stores) plus privacy links failing two days apart (R4), a store publishing another certificate (D3) and a
 * developer and operator of one group (D1, informational).
 */
class RatesEquivalenceTest {

    @TempDir
    static Path files;
    private static ElasticConnection es;
    private static IndexLayout layout;
    private static CheckContext context;

    @BeforeAll
    static void seed() {
        es = ElasticConnection.open(TestElasticsearch.config("rateseq"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        context = ReportCorpus.context(files);
        Ingest.snapshots(es, layout, Optional.of(ListingChecks.of(context)), extras());
        ReportCorpus.seed(es, layout, context);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /** Probe failures two days apart in three apps, differing certificate digests for one package, a related entity. */
    static List<ListingDocument> extras() {
        Instant at = Instant.parse("2026-11-05T02:00:00Z");
        List<ListingDocument> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StoreId s = StoreId.values()[i];
            for (Instant when : List.of(at, at.plus(Duration.ofDays(2)))) {
                Plant p = Plant.of(s, "com.rateseq.history" + i, when).run("run-" + when.getEpochSecond());
                docs.add(p.probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null,
                        404, null, null)).doc());
            }
        }
        for (StoreId s : List.of(StoreId.TENCENT, StoreId.XIAOMI, StoreId.OPPO)) {
            docs.add(Plant.of(s, "com.rateseq.cert", at).with(b -> b.addHash(Hash.Kind.SIGNING_CERT,
                    (s == StoreId.OPPO ? "2b" : "1a").repeat(32))).doc());
        }
        docs.add(Plant.of(StoreId.TENCENT, "com.rateseq.related", at).with(b -> b.developer("腾讯科技（深圳）有限公司")
                .operator("腾讯科技（北京）有限公司")).doc());
        return docs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q2", "2026Q3", "2026Q4"})
    void theAggregationsGiveTheScanRatesToTheLastDigit(String quarter) throws IOException {
        Quarter q = Quarter.parse(quarter);
        QuarterRates before = new ScanRates(es, layout, context).compute(q);
        QuarterRates now = new RatesService(es, layout, context).compute(q);
        assertThat(now).isEqualTo(before);
        assertThat(json(now)).isEqualTo(json(before));
        assertThat(now.totals().audited()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q4"})
    void theCorpusHasProblemsOfEveryKindSoTheComparisonMeansSomething(String quarter) throws IOException {
        QuarterRates now = new RatesService(es, layout, context).compute(Quarter.parse(quarter));
        List<String> failedChecks = now.stores().stream().flatMap(s -> s.checks().stream())
                .filter(c -> c.flagged().k() > 0).map(QuarterRates.CheckRates::check).distinct().toList();
        assertThat(failedChecks).contains("R2", "R4", "Z1", "D3", "M4");
        assertThat(now.totals().changes().persisting()).isPositive();
        assertThat(now.totals().changes().rectified()).isPositive();
        assertThat(now.stores().stream().flatMap(s -> s.checks().stream())
                .mapToLong(QuarterRates.CheckRates::informational).sum()).isPositive();
    }

    private static String json(QuarterRates rates) throws JsonProcessingException {
        return es.mapper().writeValueAsString(rates);
    }
}
