package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.bench.BenchSite;
import io.appaudit.crawler.bench.StoreFixtures;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When an app's detail page cannot be had, its list item keeps it covered: a listing built from the list alone,
 * {@code source: list}, with what the list showed and nothing else, the list page's capture as its evidence. OPPO on
 * WireMock, its feed items carrying version, downloads and rating as the store's feeds do.
 */
class ListOnlyListingTest {

    private static final int APPS = 12;
    private static final String OPPO = "app.cdo.oppomobile.com";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private WireMockStores site;
    private CrawlHarness crawl;

    @BeforeEach
    void serve() {
        site = new WireMockStores();
        StoreFixtures.oppo(site, APPS);
        // feed items as OPPO's carry them (verName, dlDesc, grade); each landing page names its own app
        site.wrap(OPPO, r -> (m, path, q, b) -> path.endsWith(".json") ? withListFacts(r.reply(m, path, q, b))
                : swap(r.reply(m, path, q, b), "com.tencent.mm", packageOf(q.getOrDefault("app_id", ""))));
        crawl = new CrawlHarness(dir, site.baseUrl(), "list-only");
        crawl.settings.put("stores.oppo.max-apps", Integer.toString(APPS));
    }

    @AfterEach
    void stop() {
        crawl.close();
        site.close();
    }

    @Test
    void aStoreWhoseDetailEndpointIsGoneGetsListOnlyListingsWithTheListsFieldsAndStaysUnhealthy() throws IOException {
        site.wrap(OPPO, r -> (m, path, q, b) -> path.equals("/home/detail") ? BenchSite.Reply.NOT_FOUND
                : r.reply(m, path, q, b));

        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.OPPO, false)).get(0);

        long detailRequests = o.counts().answers().requests(Endpoint.DETAIL);
        assertThat(detailRequests).isGreaterThanOrEqualTo(EndpointJudge.MIN_REQUESTS);
        assertThat(o.healthy()).isFalse();
        assertThat(o.reason()).contains("detail endpoint answers 404/410");
        assertThat(o.counts().get(Count.NOT_LISTED)).isZero();
        assertThat(o.counts().get(Count.LISTINGS)).isZero();
        assertThat(o.counts().get(Count.LIST_ONLY)).isEqualTo(detailRequests);
        assertThat(CrawlProgress.answers(List.of(o))).contains("| not listed: " + detailRequests + " answers not "
                + "recorded").contains("| list-only: " + detailRequests + " listings built from list items");
        List<JsonNode> snapshots = crawl.snapshots();
        assertThat(snapshots).extracting(d -> d.path("outcome").asText())
                .doesNotContain(ListingOutcome.NOT_LISTED.value());
        assertThat(snapshots).hasSize((int) detailRequests).allSatisfy(d -> {
            assertThat(d.path("source").asText()).isEqualTo("list");
            assertThat(d.path("outcome").asText()).isEqualTo(ListingOutcome.LISTED.value());
            assertThat(d.path("package").asText()).startsWith("com.bench.oppo.");
            assertThat(d.path("version_name").asText()).isEqualTo("8.0.49");
            assertThat(d.path("downloads").asLong()).isEqualTo(50_000_000L);
            assertThat(d.path("rating").asDouble()).isEqualTo(4.5);
            assertThat(d.path("source_url").asText()).contains(".json");
            assertThat(d.path("evidence").path("record_id").asText()).isNotBlank();
            // what the list does not show stays unknown (absent); ListOnlyChecksTest: its checks are unknown
            assertThat(d.has("privacy_policy_url")).isFalse();
            assertThat(d.has("developer")).isFalse();
            assertThat(d.has("updated_at")).isFalse();
        });
        assertThat(crawl.documents(crawl.session().layout().appsIndex()))
                .noneMatch(a -> a.path("listed").isBoolean() && !a.path("listed").asBoolean());
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("list_only").asLong()).isEqualTo(detailRequests);
        assertThat(run.path("healthy").asBoolean(true)).isFalse();
    }

    @Test
    void aDetailThatFailsWith503AfterItsRetriesGivesAListOnlyListingAndStillCountsAsAServerError()
            throws IOException {
        // the fourth app of each feed (ids are feed * 10000 + position + 1)
        site.wrap(OPPO, r -> (m, path, q, b) -> path.equals("/home/detail")
                && q.getOrDefault("app_id", "").endsWith("0004")
                ? new BenchSite.Reply(503, "text/plain", new byte[0]) : r.reply(m, path, q, b));

        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.OPPO, false)).get(0);

        long failed = o.counts().answers().get(Endpoint.DETAIL, AnswerClass.SERVER);
        assertThat(failed).isPositive();
        assertThat(o.counts().get(Count.RETRIES)).isGreaterThanOrEqualTo(failed);
        assertThat(o.counts().get(Count.LIST_ONLY)).isEqualTo(failed);
        assertThat(o.counts().get(Count.LISTINGS)).isEqualTo(APPS - failed);
        List<JsonNode> listOnly = crawl.snapshots().stream().filter(d -> d.path("source").asText().equals("list"))
                .toList();
        assertThat(listOnly).hasSize((int) failed).allSatisfy(d -> {
            assertThat(d.path("store_app_id").asText()).endsWith("0004");
            assertThat(d.path("version_name").asText()).isEqualTo("8.0.49");
        });
        assertThat(crawl.snapshots()).filteredOn(d -> !d.has("source")).hasSize((int) (APPS - failed))
                .allSatisfy(d -> assertThat(d.path("outcome").asText()).isEqualTo(ListingOutcome.LISTED.value()));
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("list_only").asLong()).isEqualTo(failed);
        assertThat(run.path("answers").path("detail").path("server_5xx").asLong()).isEqualTo(failed);
    }

    @Test
    void aNormalCrawlHasNoListOnlyListing() throws IOException {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.OPPO, false)).get(0);

        assertThat(o.healthy()).as(o.reason()).isTrue();
        assertThat(o.counts().get(Count.LIST_ONLY)).isZero();
        assertThat(o.counts().get(Count.LISTINGS)).isEqualTo(APPS);
        assertThat(CrawlProgress.answers(List.of(o))).doesNotContain("list-only");
        assertThat(crawl.snapshots()).hasSize(APPS).noneMatch(d -> d.has("source"));
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("list_only").asLong(-1)).isZero();
    }

    private static String packageOf(String appId) {
        return "com.test.oppo.a" + appId;
    }

    private static BenchSite.Reply swap(BenchSite.Reply r, String from, String to) {
        return new BenchSite.Reply(r.status(), r.contentType(), new String(r.body(), StandardCharsets.UTF_8)
                .replace(from, to).getBytes(StandardCharsets.UTF_8), r.headers());
    }

    private static BenchSite.Reply withListFacts(BenchSite.Reply r) {
        try {
            JsonNode root = MAPPER.readTree(r.body());
            for (JsonNode card : root.path("data").path("cards")) {
                for (JsonNode app : card.path("apps")) {
                    ((ObjectNode) app).put("verName", "8.0.49").put("dlDesc", "5000万+").put("grade", 4.5);
                }
            }
            return new BenchSite.Reply(r.status(), r.contentType(), MAPPER.writeValueAsBytes(root), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
