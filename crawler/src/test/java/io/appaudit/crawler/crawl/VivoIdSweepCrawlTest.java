package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.bench.BenchSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vivo's id sweep: a keyword search finds some apps, the configured id range the rest; ids without an app are no
 * finding, and the run's discovery shows the range as a channel of its own (ids asked, apps found). On WireMock with
 * vivo's vendored replies: the search fixture, the detail fixture for an id that is an app, the not-found reply
 * (no {@code id}, {@code filter: true}) for the others.
 */
class VivoIdSweepCrawlTest {

    private static final String HOST = "h5-api.appstore.vivo.com.cn";
    private static final String JSON = "application/json;charset=UTF-8";
    /** Apps of the store: the two the search shows and two more only the id range reaches. */
    private static final Set<String> APP_IDS = Set.of("12345", "67890", "20001", "20003");

    @TempDir
    Path dir;
    private WireMockStores site;
    private CrawlHarness crawl;

    @BeforeEach
    void serve() {
        String search = XiaomiSite.fixture("/vivo/vivo-search.fixture.json");
        String detail = XiaomiSite.fixture("/vivo/vivo-detail.fixture.json");
        String missing = XiaomiSite.fixture("/vivo/vivo-missing.fixture.json");
        site = new WireMockStores();
        site.host(HOST, (m, path, q, b) -> {
            if (path.equals("/h5appstore/search/result-list")) {
                return BenchSite.Reply.of(JSON, search);
            }
            String id = path.startsWith("/detail/") ? path.substring("/detail/".length())
                    : path.equals("/detailInfo") ? q.getOrDefault("appId", "") : null;
            if (id == null) {
                return BenchSite.Reply.NOT_FOUND;
            }
            return BenchSite.Reply.of(JSON, !APP_IDS.contains(id) ? missing
                    : detail.replace("\"id\": 12345", "\"id\": " + id).replace("org.example.app", packageOf(id)));
        });
        crawl = new CrawlHarness(dir, site.baseUrl(), "vivo-id-sweep");
        crawl.settings.put("stores.vivo.keywords", List.of("天气"));
        crawl.settings.put("stores.vivo.id-range.from", "20000");
        crawl.settings.put("stores.vivo.id-range.to", "20004");
    }

    @AfterEach
    void stop() {
        crawl.close();
        site.close();
    }

    @Test
    void theKeywordsFindSomeAppsAndTheIdRangeFindsTheRest() throws IOException {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.VIVO, false)).get(0);

        assertThat(o.healthy()).as(o.reason()).isTrue();
        assertThat(o.counts().get(Count.LISTINGS)).isEqualTo(4);
        assertThat(crawl.snapshots()).extracting(d -> d.path("store_app_id").asText())
                .containsExactlyInAnyOrderElementsOf(APP_IDS);
        assertThat(crawl.snapshots()).allSatisfy(d -> {
            assertThat(d.path("outcome").asText()).isEqualTo(ListingOutcome.LISTED.value());
            assertThat(d.has("source")).isFalse();
        });
    }

    @Test
    void anIdWithoutAnAppIsNoNotListedFinding() throws IOException {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.VIVO, false)).get(0);

        assertThat(o.counts().get(Count.NOT_LISTED)).isZero();
        assertThat(o.counts().get(Count.NOT_LISTED_HELD)).isZero();
        assertThat(crawl.snapshots()).noneMatch(
                d -> d.path("outcome").asText().equals(ListingOutcome.NOT_LISTED.value()));
        assertThat(crawl.documents(crawl.session().layout().appsIndex()))
                .noneMatch(a -> a.path("listed").isBoolean() && !a.path("listed").asBoolean());
    }

    @Test
    void theRunsDiscoveryShowsTheIdRangeWithTheIdsAskedAndTheAppsFound() throws IOException {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.VIVO, false)).get(0);

        assertThat(o.discovery()).filteredOn(c -> c.kind().equals("id_range")).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("20000-20004");
            assertThat(c.pages()).isEqualTo(5);
            assertThat(c.apps()).isEqualTo(2);
            assertThat(c.stop()).isEqualTo(ChannelTally.Stop.ENDED);
        });
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        JsonNode range = StreamSupport.stream(run.path("discovery").spliterator(), false)
                .filter(c -> c.path("kind").asText().equals("id_range")).findFirst().orElseThrow();
        assertThat(range.path("key").asText()).isEqualTo("20000-20004");
        assertThat(range.path("pages").asLong()).isEqualTo(5);
        assertThat(range.path("apps").asLong()).isEqualTo(2);
        assertThat(DiscoverySummary.table(List.of(o))).contains("id_range");
    }

    private static String packageOf(String id) {
        return "com.sweep.vivo.a" + id;
    }
}
