package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobotsCrawlTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 3, 10);
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/robots.txt")).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /details\n")));
        crawl = new CrawlHarness(dir, wm.baseUrl(), "robots");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        crawl.settings.put("stores.xiaomi.robots", "true");
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void leavesOutPagesRobotsTxtDisallows() throws Exception {
        StoreOutcome o = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        wm.verify(0, getRequestedFor(urlPathEqualTo("/app.mi.com/details")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/app.mi.com/categotyAllListApi")));
        assertThat(o.counts().get(Count.ROBOTS_DENIED)).isEqualTo(3);
        assertThat(crawl.snapshots()).isEmpty();
    }
}
