package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be reached from here is given up within seconds, with the cause in words. */
class UnreachableStoreTest {

    /** Twenty list pages to try: a crawl that did not give up would try each of them, with its retries. */
    private static final List<String> CATEGORIES = IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList();

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 6, 20);
        crawl = new CrawlHarness(dir, wm.baseUrl(), "unreachable");
        crawl.settings.put("stores.xiaomi.categories", CATEGORIES);
        crawl.settings.put("crawl.unreachable-after", "5");
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void aStoreWhoseHostDoesNotResolveStopsWithinSecondsWithoutRetrying() {
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid"));
        // the shipped backoff: were an unknown host retried, each of the five pages would wait 3.5 s or more
        crawl.settings.put("fetch.retry-backoff", "1s");
        crawl.settings.put("fetch.max-retries", "3");
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        assertThat(xiaomi.failureReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("app-mi.appaudit.invalid does not resolve from here"));
        assertThat(xiaomi.duration()).isLessThan(Duration.ofSeconds(5));
        assertThat(xiaomi.counts().get(Count.RETRIES)).isZero();
        assertThat(xiaomi.counts().get(Count.ERRORS)).isLessThan(CATEGORIES.size());
    }

    @Test
    void aStoreWhosePortRefusesConnectionsStopsWithTheReason() throws IOException {
        int port = closedPort();
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://127.0.0.1:" + port));
        crawl.settings.put("fetch.max-retries", "3");
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        assertThat(xiaomi.failureReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("connection to 127.0.0.1:" + port + " refused"));
        assertThat(xiaomi.duration()).isLessThan(Duration.ofSeconds(5));
        // five attempts in a row, counted across pages: the second page's retries are the last ones made
        assertThat(xiaomi.counts().get(Count.REQUESTS)).isLessThanOrEqualTo(8);
    }

    @Test
    void aStoreWhoseTlsHandshakeFailsStopsWithTheReason() {
        // WireMock's plain-HTTP port spoken to over TLS: every handshake fails
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=https://127.0.0.1:" + wm.port()));
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        assertThat(xiaomi.failureReason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("unreachable: TLS handshake with app.mi.com failed: "));
    }

    @Test
    void anUnreachableStoreIsUnhealthyInItsSummaryAndCrawlRunDocument() throws IOException {
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid"));
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.healthy()).isFalse();
        assertThat(CrawlProgress.summary(List.of(xiaomi))).containsPattern(
                "xiaomi\\s+failed .* NO\\s+unreachable: app-mi.appaudit.invalid does not resolve from here");
        List<JsonNode> runs = crawl.documents(crawl.session().layout().crawlRunsIndex());
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.path("outcome").asText()).isEqualTo("failed");
            assertThat(run.path("healthy").asBoolean(true)).isFalse();
            assertThat(run.path("health_reason").asText()).contains("does not resolve from here");
        });
    }

    @Test
    void aStoreWithFewerPagesThanTheCountIsStillUnhealthyWithTheCause() {
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid"));
        crawl.settings.put("stores.xiaomi.categories", List.of("1", "2"));
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(xiaomi.healthy()).isFalse();
        assertThat(xiaomi.reason()).startsWith("unreachable: app-mi.appaudit.invalid does not resolve from here "
                + "(2 connection failures, no answer); 2 of 2 pages could not be fetched");
    }

    @Test
    void anUnreachableStoreStaysResumableAndCompletesOnceItCanBeReached() {
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid"));
        StoreOutcome unreachable = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(unreachable.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        crawl.settings.put("fetch.endpoint-overrides", List.of());
        StoreOutcome resumed = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.runId()).isEqualTo(unreachable.runId());
        assertThat(resumed.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(resumed.counts().get(Count.LISTINGS)).isEqualTo(6);
    }

    @Test
    void theOtherStoresGoOnWhileOneIsUnreachable() {
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid"));
        crawl.settings.put("stores.vivo.keywords", List.of("天气"));
        serveVivo();
        List<StoreOutcome> outcomes = crawl.crawl(new CrawlOptions(List.of(StoreId.XIAOMI, StoreId.VIVO),
                OptionalInt.empty(), CrawlOptions.Mode.RESUME, false, "test"));
        assertThat(outcomes).extracting(o -> o.store() + " " + o.outcome())
                .containsExactlyInAnyOrder("xiaomi failed", "vivo completed");
        assertThat(outcomes).filteredOn(o -> o.store() == StoreId.VIVO).singleElement()
                .satisfies(o -> assertThat(o.healthy()).as(o.reason()).isTrue());
    }

    /** vivo answers: one search page and the detail fixture. */
    private void serveVivo() {
        String search = "/h5-api.appstore.vivo.com.cn/h5appstore/search/result-list";
        wm.stubFor(get(urlPathEqualTo(search)).willReturn(json("/vivo/vivo-search-empty.fixture.json")));
        wm.stubFor(get(urlPathEqualTo(search)).withQueryParam("page_index", equalTo("1")).atPriority(1)
                .willReturn(json("/vivo/vivo-search-page1.json")));
        wm.stubFor(get(urlPathMatching("/h5-api\\.appstore\\.vivo\\.com\\.cn/detail/.*"))
                .willReturn(json("/vivo/vivo-detail.fixture.json")));
    }

    private static ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(XiaomiSite.fixture(fixture));
    }

    /** A local port nothing listens on: connections to it are refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
