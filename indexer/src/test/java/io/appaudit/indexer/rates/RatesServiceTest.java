package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Corpus;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quarter small enough to count by hand: 应用宝 audits 10 apps, 3 flagged (three malformed filing numbers, one of
 * them also stale: 4 problems) and one related entity; Huawei audits 4, 1 flagged (inducing words). 5 problems.
 */
class RatesServiceTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static ElasticConnection es;
    private static QuarterRates rates;

    @BeforeAll
    static void computeRates() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("rates"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        CheckContext context = CheckContext.load(ShippedDefaults.checks());
        ListingChecks checks = ListingChecks.of(context);
        List<ListingDocument> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Plant p = Plant.of(StoreId.TENCENT, "com.rate.t" + i, Corpus.T);
            if (i < 3) {
                p.with(b -> b.filingNumber("粤ICP备12345号"));
            }
            if (i == 2) {
                p.with(b -> b.updatedAt(OffsetDateTime.parse("2023-01-01T00:00+08:00")));
            }
            if (i == 3) {
                p.with(b -> b.developer("腾讯科技（深圳）有限公司").operator("腾讯科技（北京）有限公司"));
            }
            docs.add(p.doc());
        }
        for (int i = 0; i < 4; i++) {
            Plant p = Plant.of(StoreId.HUAWEI, "com.rate.h" + i, Corpus.T).with(b -> b.filingNumber(null));
            docs.add((i == 0 ? p.with(b -> b.name("必装神器")) : p).doc());
        }
        Ingest.snapshots(es, layout, Optional.of(checks), docs);
        new CheckRun(es, layout, checks).run(Q, false);
        rates = new RatesService(es, layout, context).compute(Q);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static StoreRates store(String id) {
        return rates.stores().stream().filter(s -> s.store().equals(id)).findFirst().orElseThrow();
    }

    private static CheckRates check(String store, String id) {
        return store(store).checks().stream().filter(c -> c.check().equals(id)).findFirst().orElseThrow();
    }

    private static FamilyRates family(String store, String id) {
        return store(store).families().stream().filter(f -> f.family().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countsAuditedAndFlaggedAppsPerStore() {
        assertThat(store("tencent").audited()).isEqualTo(10);
        assertThat(store("tencent").flagged().k()).isEqualTo(3);
        assertThat(store("huawei").audited()).isEqualTo(4);
        assertThat(store("huawei").flagged().k()).isEqualTo(1);
        assertThat(rates.stores()).extracting(StoreRates::store).containsExactly("tencent", "huawei");
    }

    @Test
    void givesTheRateWithItsWilsonInterval() {
        assertThat(store("tencent").flagged().rate()).isEqualTo(0.3);
        assertThat(store("tencent").flagged().low()).isCloseTo(0.1078, within(1e-4));
        assertThat(store("tencent").flagged().high()).isCloseTo(0.6032, within(1e-4));
        assertThat(store("huawei").flagged().rate()).isEqualTo(0.25);
        assertThat(store("huawei").flagged().low()).isCloseTo(0.0456, within(1e-4));
        assertThat(store("huawei").flagged().high()).isCloseTo(0.6994, within(1e-4));
    }

    @Test
    void givesTheRegulatorStyleShareOfProblemsSeparately() {
        assertThat(store("tencent").share().problems()).isEqualTo(4);
        assertThat(store("tencent").share().allProblems()).isEqualTo(5);
        assertThat(store("tencent").share().share()).isEqualTo(0.8);
        assertThat(store("huawei").share().share()).isEqualTo(0.2);
    }

    @Test
    void givesTheRatePerFamily() {
        assertThat(family("tencent", "R").flagged().k()).isEqualTo(3);
        assertThat(family("tencent", "Z").flagged().rate()).isEqualTo(0.1);
        assertThat(family("tencent", "D").flagged().k()).isZero();
        assertThat(family("huawei", "M").flagged().rate()).isEqualTo(0.25);
        assertThat(family("tencent", "R").share().share()).isEqualTo(1.0);
    }

    @Test
    void givesTheRateAndCoveragePerCheck() {
        assertThat(check("tencent", "R2").flagged().rate()).isEqualTo(0.3);
        assertThat(check("tencent", "R2").coverage().rate()).isEqualTo(1.0);
        assertThat(check("tencent", "R4").coverage().rate()).isEqualTo(1.0);
        assertThat(check("tencent", "D5").coverage().k()).isZero();
        assertThat(check("tencent", "D2").coverage().k()).isZero();
        assertThat(check("huawei", "R2").coverage().k()).isZero();
        assertThat(check("huawei", "M4").flagged().k()).isEqualTo(1);
    }

    @Test
    void aCheckOnAFieldTheStoreDoesNotShowIsNotShownWithoutARate() {
        CheckRates r2 = check("huawei", "R2");
        assertThat(r2.evaluated()).isZero();
        assertThat(r2.flagged().rate()).isNull();
        assertThat(r2.flagged().low()).isNull();
        assertThat(r2.flagged().high()).isNull();
        assertThat(r2.notEvaluated()).map(NotEvaluated::reason).contains(NotEvaluated.Reason.NOT_SHOWN);
        assertThat(r2.notEvaluated()).map(NotEvaluated::label).contains("not shown");
    }

    @Test
    void aCheckNoAppCouldBeEvaluatedForIsNotEvaluatedWithoutARate() {
        CheckRates d2 = check("tencent", "D2");
        assertThat(d2.evaluated()).isZero();
        assertThat(d2.flagged().rate()).isNull();
        assertThat(d2.notEvaluated()).map(NotEvaluated::reason).contains(NotEvaluated.Reason.NO_EVALUABLE_APP);
    }

    @Test
    void anEvaluatedCheckHasARateAndNoReason() {
        assertThat(check("tencent", "R2").evaluated()).isEqualTo(10);
        assertThat(check("tencent", "R2").notEvaluated()).isEmpty();
    }

    @Test
    void countsARelatedEntityAsInformationalNotAsAProblem() {
        assertThat(check("tencent", "D1").informational()).isEqualTo(1);
        assertThat(check("tencent", "D1").flagged().k()).isZero();
    }

    @Test
    void statesWhatAStoreNeverShowsAndWhichChecksThatLeavesUnknown() {
        assertThat(store("huawei").platform().notShown()).extracting(QuarterRates.NotShown::field)
                .containsExactly("filing_number");
        assertThat(store("huawei").platform().notShown()).extracting(QuarterRates.NotShown::share,
                QuarterRates.NotShown::evaluated).containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 4L));
        assertThat(store("huawei").platform().checksUnknown()).containsExactly("R1", "R2", "D5");
        assertThat(store("tencent").platform().checksUnknown()).isEmpty();
    }

    @Test
    void comparesWithThePreviousQuarter() {
        assertThat(store("tencent").changes()).isEqualTo(new QuarterRates.Changes(4, 0, 0));
        assertThat(rates.previousQuarter()).isEqualTo("2026Q3");
    }

    @Test
    void countsStaleAppsPerBucket() {
        assertThat(store("tencent").staleBuckets()).extracting(QuarterRates.StaleBucket::apps)
                .containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void totalsAllStores() {
        assertThat(rates.totals().audited()).isEqualTo(14);
        assertThat(rates.totals().flagged().k()).isEqualTo(4);
        assertThat(rates.totals().problems()).isEqualTo(5);
    }
}
