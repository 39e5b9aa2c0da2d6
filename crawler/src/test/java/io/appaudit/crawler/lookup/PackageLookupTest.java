package io.appaudit.crawler.lookup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.appaudit.crawler.lookup.LookupSite.ALIPAY;
import static io.appaudit.crawler.lookup.LookupSite.WECHAT;
import static io.appaudit.crawler.lookup.LookupSite.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each store's look-up path, through the real fetch stack, evidence archive and Elasticsearch node. */
@WireMockTest
class PackageLookupTest {

    @TempDir
    Path dir;
    private LookupHarness harness;
    private WireMock wm;

    @BeforeEach
    void start(WireMockRuntimeInfo info) {
        harness = new LookupHarness(dir.resolve("data"), info.getHttpBaseUrl(), "lookup-package");
        wm = info.getWireMock();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private StoreAnswer only(StoreId store, String pkg) {
        try (LookupSession s = harness.session(store)) {
            List<StoreAnswer> answers = s.lookUp(pkg, List.of());
            s.flush();
            assertThat(answers).hasSize(1);
            return answers.get(0);
        }
    }

    @Test
    void tencentListsAPackageFromItsDetailPageWithDeveloperVersionChecksAndEvidence() throws Exception {
        LookupSite.tencentDetail(wm, ALIPAY, 200, fixture("/tencent/appdetail-com.eg.android.AlipayGphone.html"));
        StoreAnswer a = only(StoreId.TENCENT, ALIPAY);
        assertThat(a.status()).isEqualTo(LookupStatus.LISTED);
        assertThat(a.developer()).isPresent();
        assertThat(a.version()).isPresent();
        assertThat(a.evidence()).hasValueSatisfying(e -> assertThat(e).startsWith("<urn:uuid:"));
        assertThat(a.checksFailed().size() + a.checksUnknown().size() + a.checksPassed().size()).isPositive();
        List<JsonNode> docs = harness.crawl.snapshots();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.path("run_id").asText()).startsWith("lookup-");
            assertThat(d.path("package").asText()).isEqualTo(ALIPAY);
            assertThat(d.path("evidence").path("record_id").asText()).isEqualTo(a.evidence().get());
        });
    }

    @Test
    void aLookUpsSnapshotStaysOutOfTheQuartersPopulation() throws Exception {
        LookupSite.tencentDetail(wm, ALIPAY, 200, fixture("/tencent/appdetail-com.eg.android.AlipayGphone.html"));
        assertThat(only(StoreId.TENCENT, ALIPAY).status()).isEqualTo(LookupStatus.LISTED);

        assertThat(harness.crawl.snapshots()).singleElement()
                .satisfies(d -> assertThat(d.has("quarter")).as("quarter of a look-up's snapshot").isFalse());
        var session = harness.crawl.session();
        QuarterRates rates = new RatesService(session.connection(), session.layout(),
                CheckContext.load(harness.crawl.config().checks())).compute(Quarter.of(Instant.now()));
        assertThat(rates.stores()).noneSatisfy(r -> assertThat(r.audited()).isPositive());
    }

    @Test
    void tencentsOwnNotFoundPageIsNotListed() {
        LookupSite.tencentDetail(wm, "com.example.gone", 200, fixture("/tencent/appdetail-notfound.html"));
        StoreAnswer a = only(StoreId.TENCENT, "com.example.gone");
        assertThat(a.status()).isEqualTo(LookupStatus.NOT_LISTED);
        assertThat(a.reason()).startsWith("the store says: ");
        assertThat(a.evidence()).isPresent();
    }

    @Test
    void xiaomiListsAPackageFromItsDetailsPage() {
        LookupSite.xiaomiDetail(wm, WECHAT, 200, fixture("/xiaomi/details-2025.html"));
        StoreAnswer a = only(StoreId.XIAOMI, WECHAT);
        assertThat(a.status()).isEqualTo(LookupStatus.LISTED);
        assertThat(a.name()).hasValue("微信");
    }

    @Test
    void xiaomisGenericStorePageIsNotListed() {
        LookupSite.xiaomiDetail(wm, "com.example.gone", 200, fixture("/xiaomi/details-unknown-package.html"));
        assertThat(only(StoreId.XIAOMI, "com.example.gone").status()).isEqualTo(LookupStatus.NOT_LISTED);
    }

    @Test
    void aStoreThatKeepsFailingIsCouldNotTellNeverNotListed() {
        wm.register(get(urlPathEqualTo("/app.mi.com/details")).willReturn(aResponse().withStatus(503)));
        StoreAnswer a = only(StoreId.XIAOMI, WECHAT);
        assertThat(a.status()).isEqualTo(LookupStatus.UNKNOWN);
        assertThat(a.reason()).isNotBlank();
    }

    @Test
    void huaweiFindsThePackageBySearchAmongLookAlikesThenReadsItsDetail() {
        LookupSite.huaweiToken(wm);
        LookupSite.huaweiList(wm, "searchApp|" + WECHAT, fixture("/lookup/huawei-searchApp-wechat_HANDWRITTEN.json"));
        LookupSite.huaweiList(wm, "app|C5683", fixture("/huawei/getTabDetail_app_C5683_wechat_2025-12.json"));
        StoreAnswer a = only(StoreId.HUAWEI, WECHAT);
        assertThat(a.status()).isEqualTo(LookupStatus.LISTED);
        assertThat(a.storeAppId()).hasValue("C5683");
        assertThat(a.queries()).containsExactly(WECHAT);
    }

    @Test
    void vivoSearchShowingOnlyLookAlikesIsNotFoundBySearchWithTheQuery() {
        LookupSite.vivoSearch(wm, "org.example.ap", fixture("/vivo/vivo-search.fixture.json"));
        StoreAnswer a = only(StoreId.VIVO, "org.example.ap");
        assertThat(a.status()).isEqualTo(LookupStatus.NOT_FOUND_BY_SEARCH);
        assertThat(a.queries()).containsExactly("org.example.ap");
        assertThat(a.reason()).contains("'org.example.ap'");
        wm.verifyThat(0, anyRequestedFor(urlPathMatching("/h5-api.appstore.vivo.com.cn/detail/.*")));
    }

    @Test
    void vivoReadsTheDetailOfTheResultWithExactlyThePackage() {
        LookupSite.vivoSearch(wm, "org.example.app", fixture("/vivo/vivo-search.fixture.json"));
        LookupSite.vivoDetail(wm, "12345", fixture("/vivo/vivo-detail.fixture.json"));
        StoreAnswer a = only(StoreId.VIVO, "org.example.app");
        assertThat(a.status()).isEqualTo(LookupStatus.LISTED);
        assertThat(a.developer()).hasValue("Example Labs");
        assertThat(a.storeAppId()).hasValue("12345");
    }

    @Test
    void oppoWithoutSigningParametersCannotTellAndIsNotAsked() {
        StoreAnswer a = only(StoreId.OPPO, WECHAT);
        assertThat(a.status()).isEqualTo(LookupStatus.UNKNOWN);
        assertThat(a.reason()).contains("stores.oppo.signing");
        wm.verifyThat(0, anyRequestedFor(urlPathMatching("/.*oppo.*|/.*heytap.*")));
    }

    @Test
    void anAppRenamedSinceTheNoticeIsFoundInSearchStoresByItsCurrentName() {
        String pkg = "com.example.renamed";
        LookupSite.tencentDetail(wm, pkg, 200, fixture("/tencent/appdetail-com.eg.android.AlipayGphone.html")
                .replace(ALIPAY, pkg).replace("支付宝", "新名字"));
        LookupSite.vivoSearch(wm, "新名字", LookupSite.vivoResults("777", "新名字", pkg));
        LookupSite.vivoSearch(wm, "旧名字", LookupSite.vivoResults("778", "旧名字极速版", "com.example.lite"));
        LookupSite.vivoDetail(wm, "777", LookupSite.vivoDetailOf("777", "新名字", pkg, "Example Labs"));
        try (LookupSession s = harness.session(StoreId.TENCENT, StoreId.VIVO)) {
            List<StoreAnswer> answers = s.lookUp(pkg, List.of("旧名字"));
            assertThat(answers.get(0).name()).hasValue("新名字");
            assertThat(answers.get(1).status()).isEqualTo(LookupStatus.LISTED);
            assertThat(answers.get(1).name()).hasValue("新名字");
            assertThat(answers.get(1).queries()).containsExactly("新名字");
        }
    }
}
