package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document Elasticsearch still refuses after the sink's retries makes the run unhealthy, naming its app. */
class IndexFailureHealthTest {

    private static final int APPS = 3;

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, APPS, 20);
        crawl = new CrawlHarness(dir, wm.baseUrl(), "index-failure");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void snapshotsRefusedForGoodMakeTheRunUnhealthyAndAreListedByApp() throws IOException {
        // this month's snapshot index, made by someone else with a mapping that cannot take a developer name:
        // Elasticsearch answers 400 for every snapshot, an answer no retry changes
        Request create = new Request("PUT", "/" + crawl.session().layout().listingsIndex(Instant.now()));
        create.setJsonEntity("{\"mappings\": {\"properties\": {\"developer\": {\"type\": \"long\"}}}}");
        crawl.session().connection().rest().performRequest(create);

        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(xiaomi.counts().get(Count.LISTINGS)).isEqualTo(APPS);
        assertThat(xiaomi.indexFailures()).isEqualTo(APPS);
        assertThat(xiaomi.healthy()).isFalse();
        assertThat(xiaomi.reason()).startsWith("3 documents could not be indexed after retries, of 3 apps: xiaomi ")
                .contains(XiaomiSite.pkg(0), XiaomiSite.pkg(1), XiaomiSite.pkg(2));
        assertThat(xiaomi.indexFailedApps()).hasSize(APPS)
                .allMatch(a -> a.startsWith("xiaomi ") && a.contains("com.example.app"));
        assertThat(CrawlProgress.summary(List.of(xiaomi)))
                .containsPattern("NO\\s+3 documents could not be indexed after retries");

        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("healthy").asBoolean(true)).isFalse();
        assertThat(run.path("index_failures").asLong()).isEqualTo(APPS);
        assertThat(run.path("health_reason").asText()).contains("could not be indexed after retries");
        List<String> listed = new ArrayList<>();
        run.path("index_failed_apps").forEach(a -> listed.add(a.asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(xiaomi.indexFailedApps());
    }

    @Test
    void aRunWhoseDocumentsAreAllTakenHasNoIndexFailureInItsRecord() throws IOException {
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.healthy()).as(xiaomi.reason()).isTrue();
        assertThat(xiaomi.indexFailedApps()).isEmpty();
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("index_failures").asLong(-1)).isZero();
        assertThat(run.has("index_failed_apps")).isFalse();
    }
}
