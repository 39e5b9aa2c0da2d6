package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.bench.BenchSite;
import io.appaudit.crawler.bench.StoreFixtures;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store whose detail endpoint answers 404 for every app has lost the endpoint: its run is unhealthy and none of
 * its apps is recorded as not listed; a store with a few genuinely missing apps stays healthy and records them.
 * Each of the five stores, on WireMock in its real formats.
 */
class EndpointGoneTest {

    /** Enough detail requests to judge the endpoint ({@link EndpointJudge#MIN_REQUESTS}). */
    private static final int APPS = 12;
    private static final String JSON = "application/json;charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private WireMockStores site;
    private CrawlHarness crawl;

    /** How a store is served and configured, and what its detail requests and its "not listed" answer look like. */
    private record Store(String host, BiPredicate<String, Map<String, String>> detail, BenchSite.Reply notListed) {
    }

    private Store serve(StoreId id) {
        site = new WireMockStores();
        crawl = new CrawlHarness(dir, site.baseUrl(), "endpoint-gone-" + id.id());
        crawl.settings.put("stores." + id.id() + ".max-apps", Integer.toString(APPS));
        switch (id) {
            case XIAOMI -> {
                StoreFixtures.xiaomi(site, APPS);
                crawl.settings.put("stores.xiaomi.categories", List.of("1"));
                return new Store("app.mi.com", (path, q) -> path.equals("/details"), BenchSite.Reply.NOT_FOUND);
            }
            case VIVO -> {
                StoreFixtures.vivo(site);
                crawl.settings.put("stores.vivo.keywords", List.of("天气"));
                return new Store("h5-api.appstore.vivo.com.cn", (path, q) -> path.startsWith("/detail/"),
                        BenchSite.Reply.of(JSON, XiaomiSite.fixture("/vivo/vivo-missing.fixture.json")));
            }
            case OPPO -> {
                StoreFixtures.oppo(site, APPS);
                // each landing page names its own app: one package shared by every listing is not what a store shows
                site.wrap("app.cdo.oppomobile.com", r -> (m, path, q, b) -> swap(r.reply(m, path, q, b),
                        "com.tencent.mm", "com.test.oppo.a" + q.getOrDefault("app_id", "")));
                return new Store("app.cdo.oppomobile.com", (path, q) -> path.equals("/home/detail"),
                        BenchSite.Reply.NOT_FOUND);
            }
            case HUAWEI -> {
                StoreFixtures.huawei(site);
                site.wrap("web-drcn.hispace.dbankcloud.com", r -> (m, path, q, b) -> swap(r.reply(m, path, q, b),
                        "com.tencent.mm", "com.test.huawei.a" + q.getOrDefault("uri", "").replaceAll("\\W", "")));
                crawl.settings.put("stores.huawei.keywords", List.of("社交"));
                return new Store("web-drcn.hispace.dbankcloud.com", (path, q) -> path.endsWith("/uowap/index")
                        && q.getOrDefault("uri", "").startsWith("app|"),
                        BenchSite.Reply.of(JSON, XiaomiSite.fixture("/huawei/getTabDetail_app_not_listed.json")));
            }
            case TENCENT -> {
                StoreFixtures.tencent(site);
                // the fixture's first list page has three apps: twelve are made from its first, each detail and
                // a.app.qq.com page names the package asked for
                site.wrap("yybadaccess.3g.qq.com", r -> (m, path, q, b) -> tencentList(r.reply(m, path, q, b)));
                site.wrap("sj.qq.com", r -> (m, path, q, b) -> swap(r.reply(m, path, q, b), TENCENT_FIXTURE_APP,
                        path.substring(path.lastIndexOf('/') + 1)));
                site.wrap("a.app.qq.com", r -> (m, path, q, b) -> swap(r.reply(m, path, q, b), TENCENT_FIXTURE_APP,
                        q.getOrDefault("pkgname", TENCENT_FIXTURE_APP)));
                crawl.settings.put("stores.tencent.categories", List.of("app:all"));
                return new Store("sj.qq.com", (path, q) -> path.startsWith("/appdetail/"), BenchSite.Reply.NOT_FOUND);
            }
            default -> throw new IllegalArgumentException(id.id());
        }
    }

    private static final String TENCENT_FIXTURE_APP = "com.eg.android.AlipayGphone";

    private static BenchSite.Reply swap(BenchSite.Reply r, String from, String to) {
        return new BenchSite.Reply(r.status(), r.contentType(), new String(r.body(), StandardCharsets.UTF_8)
                .replace(from, to).getBytes(StandardCharsets.UTF_8), r.headers());
    }

    /** The first list page with {@link #APPS} apps made from its first item; the end page as it is. */
    private static BenchSite.Reply tencentList(BenchSite.Reply r) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(r.body());
            JsonNode items = root.path("data").path("components").path(0).path("data").path("itemData");
            if (!(items instanceof ArrayNode list) || list.isEmpty()) {
                return r;
            }
            JsonNode first = list.get(0);
            list.removeAll();
            for (int i = 0; i < APPS; i++) {
                ObjectNode app = first.deepCopy();
                app.put("pkg_name", "com.test.tencent.a" + i);
                app.put("app_id", Integer.toString(900_000 + i));
                app.put("name", "测试应用" + i);
                list.add(app);
            }
            return new BenchSite.Reply(r.status(), r.contentType(), MAPPER.writeValueAsBytes(root), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        if (crawl != null) {
            crawl.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void aStoreWhoseDetailEndpointAnswers404ForEveryAppIsUnhealthyAndRecordsNoAppAsNotListed(StoreId id)
            throws IOException {
        Store store = serve(id);
        site.wrap(store.host(), r -> (method, path, q, body) -> store.detail().test(path, q)
                ? BenchSite.Reply.NOT_FOUND : r.reply(method, path, q, body));

        StoreOutcome o = crawl.crawl(CrawlHarness.options(id, false)).get(0);

        long detailRequests = o.counts().answers().requests(Endpoint.DETAIL);
        assertThat(detailRequests).isGreaterThanOrEqualTo(EndpointJudge.MIN_REQUESTS);
        assertThat(o.counts().answers().get(Endpoint.DETAIL, AnswerClass.GONE)).isEqualTo(detailRequests);
        assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(o.healthy()).isFalse();
        assertThat(o.reason()).contains("detail endpoint answers 404/410 for " + detailRequests + " of "
                + detailRequests + " apps the lists show");
        assertThat(new CrawlVerdict(List.of(o)).failed()).isTrue();
        assertThat(o.counts().get(Count.NOT_LISTED)).isZero();
        assertThat(crawl.snapshots()).extracting(d -> d.path("outcome").asText())
                .doesNotContain(ListingOutcome.NOT_LISTED.value());
        assertThat(crawl.documents(crawl.session().layout().appsIndex()))
                .noneMatch(a -> a.path("listed").isBoolean() && !a.path("listed").asBoolean());
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("not_listed").asLong(-1)).isZero();
        assertThat(run.path("answers").path("detail").path("gone_404_410").asLong()).isEqualTo(detailRequests);
        assertThat(run.path("health_reason").asText()).contains("detail endpoint answers 404/410");
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void aStoreWithAFewGenuinelyMissingAppsStaysHealthyAndRecordsThemAsNotListed(StoreId id) throws IOException {
        Store store = serve(id);
        Set<String> missing = ConcurrentHashMap.newKeySet();
        site.wrap(store.host(), r -> (method, path, q, body) -> {
            if (!store.detail().test(path, q)) {
                return r.reply(method, path, q, body);
            }
            String app = path + q;
            synchronized (missing) {
                if (missing.size() < 2) {
                    missing.add(app);
                }
            }
            return missing.contains(app) ? store.notListed() : r.reply(method, path, q, body);
        });

        StoreOutcome o = crawl.crawl(CrawlHarness.options(id, false)).get(0);

        assertThat(o.healthy()).as(o.reason()).isTrue();
        assertThat(o.counts().get(Count.NOT_LISTED)).isEqualTo(2);
        assertThat(o.counts().get(Count.NOT_LISTED_WITHHELD)).isZero();
        assertThat(crawl.snapshots()).filteredOn(
                d -> d.path("outcome").asText().equals(ListingOutcome.NOT_LISTED.value()))
                .hasSize(2);
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("not_listed").asLong()).isEqualTo(2);
        assertThat(run.path("healthy").asBoolean(false)).isTrue();
    }
}
