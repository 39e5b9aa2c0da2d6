package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.bench.BenchSite;
import io.appaudit.crawler.bench.StoreFixtures;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tencent, vivo and Xiaomi list items carry facts too: when the store's detail endpoint answers 503 for good, every
 * app its lists showed is indexed from its list item ({@code source: list}) with what that list said, the list page's
 * capture as evidence, and the 503s still counted. On WireMock in the stores' real formats: Tencent's yybadaccess
 * list fixture, vivo's vendored search reply, Xiaomi's category list shape.
 */
class ListOnlyStoresTest {

    private static final BenchSite.Reply UNAVAILABLE = new BenchSite.Reply(503, "text/plain", new byte[0]);

    @TempDir
    Path dir;
    private WireMockStores site;
    private CrawlHarness crawl;

    @BeforeEach
    void serve() {
        site = new WireMockStores();
        crawl = new CrawlHarness(dir, site.baseUrl(), "list-only-stores");
    }

    @AfterEach
    void stop() {
        crawl.close();
        site.close();
    }

    @Test
    void tencentAppsWhoseDetailPagesAnswer503AreIndexedFromTheirListItems() throws IOException {
        StoreFixtures.tencent(site);
        site.wrap("sj.qq.com", r -> (m, path, q, b) -> path.startsWith("/appdetail/") ? UNAVAILABLE
                : r.reply(m, path, q, b));
        crawl.settings.put("stores.tencent.categories", List.of("app:all"));

        List<JsonNode> listOnly = listOnlyOf(StoreId.TENCENT, 3);

        JsonNode alipay = byPackage(listOnly, "com.eg.android.AlipayGphone");
        assertThat(alipay.path("name").asText()).isEqualTo("支付宝");
        assertThat(alipay.path("version_name").asText()).isEqualTo("10.8.6.8000");
        assertThat(alipay.path("developer").asText()).isEqualTo("支付宝（杭州）信息技术有限公司");
        assertThat(alipay.path("size_bytes").asLong()).isEqualTo(171_332_117L);
        assertThat(alipay.path("rating").asDouble()).isEqualTo(3.6);
        assertThat(alipay.path("updated_at").asText()).startsWith("2025-11-20");
        assertThat(alipay.path("source_url").asText()).contains("yybadaccess.3g.qq.com");
        // the list reply has no download_num: unknown, absent
        assertThat(alipay.has("downloads")).isFalse();
    }

    @Test
    void vivoAppsWhoseDetailRepliesAnswer503AreIndexedFromTheirSearchResults() throws IOException {
        String search = XiaomiSite.fixture("/vivo/vivo-search.fixture.json");
        site.host("h5-api.appstore.vivo.com.cn", (m, path, q, b) -> path.equals("/h5appstore/search/result-list")
                ? BenchSite.Reply.of("application/json;charset=UTF-8", search)
                : path.startsWith("/detail/") ? UNAVAILABLE : BenchSite.Reply.NOT_FOUND);
        crawl.settings.put("stores.vivo.keywords", List.of("天气"));

        List<JsonNode> listOnly = listOnlyOf(StoreId.VIVO, 2);

        JsonNode app = byPackage(listOnly, "org.example.app");
        assertThat(app.path("store_app_id").asText()).isEqualTo("12345");
        assertThat(app.path("version_name").asText()).isEqualTo("3.1.0");
        assertThat(app.path("developer").asText()).isEqualTo("Example Labs");
        assertThat(app.path("downloads").asLong()).isEqualTo(1000L);
        assertThat(app.path("rating").asDouble()).isEqualTo(4.5);
        assertThat(app.path("size_bytes").asLong()).isEqualTo(20_480L * 1024);
        assertThat(app.path("source_url").asText()).contains("/h5appstore/search/result-list");
        JsonNode notes = byPackage(listOnly, "org.example.notes");
        assertThat(notes.path("version_name").asText()).isEqualTo("1.0");
        assertThat(notes.has("downloads")).isFalse();
        assertThat(notes.has("size_bytes")).isFalse();
    }

    @Test
    void xiaomiAppsWhoseDetailsPagesAnswer503AreIndexedWithTheirCategoryAlone() throws IOException {
        StoreFixtures.xiaomi(site, 3);
        site.wrap("app.mi.com", r -> (m, path, q, b) -> path.equals("/details") ? UNAVAILABLE
                : r.reply(m, path, q, b));
        crawl.settings.put("stores.xiaomi.categories", List.of("7"));

        List<JsonNode> listOnly = listOnlyOf(StoreId.XIAOMI, 3);

        assertThat(listOnly).allSatisfy(d -> {
            assertThat(d.path("package").asText()).startsWith("com.bench.c7.a");
            assertThat(d.path("name").asText()).startsWith("基准应用");
            assertThat(d.path("category").asText()).isEqualTo("实用工具");
            assertThat(d.path("source_url").asText()).contains("categotyAllListApi");
            // a category list says nothing else: unknown, absent
            assertThat(d.has("developer")).isFalse();
            assertThat(d.has("version_name")).isFalse();
            assertThat(d.has("updated_at")).isFalse();
        });
    }

    /**
     * Crawls the store and returns its listing documents, checking what every store's list-only listings share:
     * one per app, none from a detail page, none not listed, each with the list page's capture, the 503s counted.
     */
    private List<JsonNode> listOnlyOf(StoreId store, int apps) throws IOException {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(store, false)).get(0);

        assertThat(o.counts().answers().get(Endpoint.DETAIL, AnswerClass.SERVER)).isEqualTo(apps);
        assertThat(o.counts().get(Count.LIST_ONLY)).isEqualTo(apps);
        assertThat(o.counts().get(Count.LISTINGS)).isZero();
        assertThat(o.counts().get(Count.NOT_LISTED)).isZero();
        List<JsonNode> snapshots = crawl.snapshots();
        assertThat(snapshots).hasSize(apps).allSatisfy(d -> {
            assertThat(d.path("store").asText()).isEqualTo(store.id());
            assertThat(d.path("source").asText()).isEqualTo("list");
            assertThat(d.path("outcome").asText()).isEqualTo(ListingOutcome.LISTED.value());
            assertThat(d.path("evidence").path("record_id").asText()).isNotBlank();
            assertThat(d.has("privacy_policy_url")).isFalse();
        });
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("list_only").asLong()).isEqualTo(apps);
        return snapshots;
    }

    private static JsonNode byPackage(List<JsonNode> docs, String pkg) {
        return docs.stream().filter(d -> d.path("package").asText().equals(pkg)).findFirst()
                .orElseThrow(() -> new AssertionError("no listing of " + pkg + " in " + docs));
    }
}
