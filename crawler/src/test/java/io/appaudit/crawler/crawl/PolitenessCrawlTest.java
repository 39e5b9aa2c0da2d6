package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.stores.StoreId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolitenessCrawlTest {

    private static final int DELAY_MS = 200;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, 8, 4, "polite");
        wm = site.wm();
        crawl = site.crawl();
        crawl.settings.put("stores.xiaomi.delay", DELAY_MS + "ms");
        crawl.settings.put("stores.xiaomi.concurrency", "3");
        crawl.settings.put("stores.xiaomi.robots", "true");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void spacesEveryRequestToTheStoreByItsDelayWithSeveralCrawlerThreads() throws Exception {
        // a fresh server logs its first request late (class loading): warm it up outside the measured log
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/warm-up")).build(),
                HttpResponse.BodyHandlers.discarding());
        crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false));
        List<LoggedRequest> log = new ArrayList<>(wm.findAll(anyRequestedFor(urlPathMatching("/app\\.mi\\.com/.*"))));
        log.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        // robots.txt, 2 list pages, 8 details pages
        assertThat(log).hasSize(11);
        // WireMock logs arrival: jitter on a busy machine may shorten a gap by up to a fifth, the run by a tenth
        for (int i = 1; i < log.size(); i++) {
            long gap = log.get(i).getLoggedDate().getTime() - log.get(i - 1).getLoggedDate().getTime();
            assertThat(gap).as("gap before %s", log.get(i).getUrl()).isGreaterThanOrEqualTo(DELAY_MS * 4 / 5);
        }
        long span = log.get(log.size() - 1).getLoggedDate().getTime() - log.get(0).getLoggedDate().getTime();
        assertThat(span).isGreaterThanOrEqualTo((log.size() - 1) * DELAY_MS * 9 / 10);
    }
}
