package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.checks.run.ShownFieldsIndex;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a store shows is measured over the quarter on the real node, and decides whether a listing without a field
 * has a problem: ten apps per store, crawled (checked as stored, knowing nothing of the store), then checked.
 */
class ShownFieldsQuarterTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static final int APPS = 10;
    private static ElasticConnection es;
    private static IndexLayout layout;
    private static CheckRun.Summary summary;
    private static List<FindingDocument> findings;
    private static List<ListingDocument> docs = new ArrayList<>();

    @BeforeAll
    static void crawlAndCheck() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("shown"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        // vivo: no filing number anywhere on its pages.
        store(StoreId.VIVO, i -> b -> b.filingNumber(null));
        // OPPO: a filing number on nine apps of ten.
        store(StoreId.OPPO, i -> b -> b.filingNumber(i == 0 ? null : Plant.FILING));
        // OPPO again: apps known only from its lists (detail pages not had), which never carry a filing number
        for (int i = 0; i < APPS; i++) {
            docs.add(Plant.of(StoreId.OPPO, "com.shown.oppolist" + i, Corpus.T).with(b -> b.filingNumber(null)).doc()
                    .fromListOnly());
        }
        // Xiaomi: the 备案号 row, missing on one app and malformed on another.
        store(StoreId.XIAOMI, i -> b -> b.filingNumber(i == 0 ? null : i == 1 ? "苏ICP备20240123456789号-1A"
                : Plant.FILING));
        // Huawei: a filing number on exactly one app in ten, the threshold: shown, so nine apps lack it.
        store(StoreId.HUAWEI, i -> b -> b.filingNumber(i == 0 ? Plant.FILING : null));
        // 应用宝: no privacy link and no permission list on any page; one app without a developer.
        store(StoreId.TENCENT, i -> b -> b.privacyPolicyUrl(null).permissions(null).developer(i == 0 ? null
                : Plant.DEVELOPER).operator(i == 0 ? null : Plant.DEVELOPER));
        ListingChecks checks = ListingChecks.of(CheckContext.load(ShippedDefaults.checks()));
        Ingest.snapshots(es, layout, Optional.of(checks), docs);
        summary = new CheckRun(es, layout, checks).run(Q, false);
        findings = Ingest.findings(es, layout, Q.toString());
    }

    private static void store(StoreId store, java.util.function.IntFunction<Consumer<io.appaudit.stores.Listing.Builder>> change) {
        for (int i = 0; i < APPS; i++) {
            docs.add(Plant.of(store, "com.shown." + store.id() + i, Corpus.T).with(change.apply(i)).doc());
        }
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static List<String> problems(StoreId store, CheckId check) {
        return findings.stream().filter(f -> f.store().equals(store.id()) && f.checkId().equals(check.name())
                && f.problem()).map(FindingDocument::packageName).sorted().toList();
    }

    @Test
    void aStoreWhosePagesNeverCarryAFilingNumberLeavesR1UnknownForAllItsListings() throws IOException {
        assertThat(problems(StoreId.VIVO, CheckId.R1)).isEmpty();
        ShownFields shown = new ShownFieldsIndex(es, layout).read(Q);
        assertThat(shown.share(StoreId.VIVO, ListingField.FILING_NUMBER)).contains(0.0);
        assertThat(shown.measured(StoreId.VIVO).orElseThrow().evaluated()).isEqualTo(APPS);
        assertThat(shown.shows(StoreId.VIVO, ListingField.FILING_NUMBER)).isFalse();
    }

    @Test
    void ratesStateTheFieldNotShownWithItsMeasuredShare() throws IOException {
        QuarterRates rates = new RatesService(es, layout, CheckContext.load(ShippedDefaults.checks())).compute(Q);
        QuarterRates.StoreRates vivo = rates.stores().stream().filter(s -> s.store().equals("vivo")).findFirst()
                .orElseThrow();
        assertThat(vivo.platform().notShown()).containsExactly(new QuarterRates.NotShown("filing_number", 0.0, APPS));
        assertThat(vivo.platform().checksUnknown()).contains("R1", "R2", "D5");
        assertThat(vivo.checks().stream().filter(c -> c.check().equals("R1")).findFirst().orElseThrow()
                .coverage().k()).isZero();
    }

    @Test
    void aStoreShowingTheFilingNumberOnNineAppsInTenFlagsTheTenth() {
        assertThat(problems(StoreId.OPPO, CheckId.R1)).containsExactly("com.shown.oppo0");
    }

    @Test
    void listOnlyListingsSayNothingOfWhatTheStoresDetailPagesShow() throws IOException {
        ShownFields shown = new ShownFieldsIndex(es, layout).read(Q);
        assertThat(shown.measured(StoreId.OPPO).orElseThrow().evaluated()).isEqualTo(APPS);
        assertThat(shown.share(StoreId.OPPO, ListingField.FILING_NUMBER)).contains(0.9);
    }

    @Test
    void aShareExactlyAtTheThresholdCountsAsShown() {
        assertThat(problems(StoreId.HUAWEI, CheckId.R1)).hasSize(APPS - 1).doesNotContain("com.shown.huawei0");
    }

    @Test
    void xiaomisFilingNumberRowIsJudgedByR1AndR2() {
        assertThat(problems(StoreId.XIAOMI, CheckId.R1)).containsExactly("com.shown.xiaomi0");
        assertThat(problems(StoreId.XIAOMI, CheckId.R2)).containsExactly("com.shown.xiaomi1");
    }

    @Test
    void r3EvaluatesOnlyThePartsTheStoreShows() {
        assertThat(problems(StoreId.TENCENT, CheckId.R3)).containsExactly("com.shown.tencent0");
        FindingDocument r3 = findings.stream().filter(f -> f.checkId().equals("R3")).findFirst().orElseThrow();
        assertThat(r3.values()).containsEntry("missing", "developer")
                .containsEntry("not_shown_by_store", "permissions, privacy_policy");
    }

    @Test
    void theCrawlTimeFlagClaimsNoProblemTheQuarterCheckCouldUndo() {
        ListingDocument stored = Ingest.snapshot(es, layout, docs.stream()
                .filter(d -> d.packageName().equals("com.shown.vivo3")).findFirst().orElseThrow().snapshotId());
        assertThat(stored.checksFailed()).contains("R1");
        assertThat(stored.flagged()).isFalse();
        assertThat(stored.fieldsFound()).doesNotContain("filing_number").contains("developer");
    }

    @Test
    void theRunReportsTheMeasureItUsed() {
        assertThat(summary.shown().share(StoreId.OPPO, ListingField.FILING_NUMBER)).contains(0.9);
        assertThat(summary.shown().share(StoreId.TENCENT, ListingField.PRIVACY_POLICY)).contains(0.0);
    }
}
