package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose detail pages suddenly all fail to parse is unhealthy, with the share in its reason. */
class UnreadablePagesTest {

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
        crawl = new CrawlHarness(dir, wm.baseUrl(), "unreadable");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void aStoreWhoseDetailPagesAllFailToParseIsUnhealthyWithTheShareInItsReason() throws IOException {
        // the store answers, but with a page the adapter does not know: the layout changed overnight
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body><div class=\"new-layout\">小米应用商店</div></body></html>")));

        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

        assertThat(o.counts().answers().get(Endpoint.DETAIL, AnswerClass.OK)).isEqualTo(APPS);
        assertThat(o.counts().answers().get(Endpoint.DETAIL, AnswerClass.PARSE_PROBLEM)).isEqualTo(APPS);
        assertThat(o.healthy()).isFalse();
        assertThat(o.reason()).contains("detail pages: 12 of 12 could not be read (100 %, at or over "
                + "crawl.parse-problem-share 50 %)");
        JsonNode run = crawl.documents(crawl.session().layout().crawlRunsIndex()).get(0);
        assertThat(run.path("answers").path("detail").path("parse_problem").asLong()).isEqualTo(APPS);
    }
}
