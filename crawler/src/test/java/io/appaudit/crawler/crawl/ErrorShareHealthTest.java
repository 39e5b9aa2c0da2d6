package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run is healthy only while the pages it could not fetch stay within crawl.max-error-share. */
class ErrorShareHealthTest {

    private static final int APPS = 12;

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, APPS, 20);
        crawl = new CrawlHarness(dir, wm.baseUrl(), "error-share");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        crawl.settings.put("crawl.max-error-share", "10%");
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    /** The details pages of the first {@code n} apps: the connection is reset mid-answer, every time. */
    private void resetDetails(int n) {
        for (int i = 0; i < n; i++) {
            wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).withQueryParam("id", equalTo(XiaomiSite.pkg(i)))
                    .atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        }
    }

    @Test
    void aStoreWithErrorsAboveTheThresholdIsUnhealthyWithTheShareInItsReason() throws IOException {
        resetDetails(3);
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(xiaomi.counts().get(Count.ERRORS)).isEqualTo(3);
        assertThat(xiaomi.healthy()).isFalse();
        // 1 list page and 9 details pages fetched, 3 details pages not
        assertThat(xiaomi.reason()).isEqualTo("3 of 13 pages could not be fetched (23.1 %, over crawl.max-error-share "
                + "10 %)");
        assertThat(CrawlProgress.summary(List.of(xiaomi))).containsPattern("NO\\s+3 of 13 pages could not be fetched");
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("healthy").asBoolean(true)).isFalse();
        assertThat(run.path("health_reason").asText()).startsWith("3 of 13 pages could not be fetched");
    }

    @Test
    void aStoreWithErrorsWithinTheThresholdIsHealthy() throws IOException {
        resetDetails(1);
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.counts().get(Count.ERRORS)).isEqualTo(1);
        assertThat(xiaomi.healthy()).as(xiaomi.reason()).isTrue();
        assertThat(CrawlProgress.summary(List.of(xiaomi))).containsPattern("xiaomi\\s+completed .* yes\\s*$");
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("healthy").asBoolean(false)).isTrue();
        assertThat(run.has("health_reason")).isFalse();
    }

    @Test
    void aStoreWhoseListingsAllFailIsUnhealthyEvenWithAGenerousThreshold() {
        crawl.settings.put("crawl.max-error-share", "100%");
        resetDetails(APPS);
        StoreOutcome xiaomi = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(xiaomi.counts().get(Count.LISTINGS)).isZero();
        assertThat(xiaomi.healthy()).isFalse();
        assertThat(xiaomi.reason()).isEqualTo("no listings: discovery found 12 apps and none was delivered");
    }
}
