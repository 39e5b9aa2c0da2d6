package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockedStoreTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 12, 20);
        // Xiaomi now refuses every details page
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).atPriority(1).willReturn(aResponse().withStatus(403)));
        // vivo answers: one search page and the detail fixture
        wm.stubFor(get(urlPathEqualTo("/h5-api.appstore.vivo.com.cn/h5appstore/search/result-list"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(XiaomiSite.fixture("/vivo/vivo-search-empty.fixture.json"))));
        wm.stubFor(get(urlPathEqualTo("/h5-api.appstore.vivo.com.cn/h5appstore/search/result-list"))
                .withQueryParam("page_index", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .atPriority(1).willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(XiaomiSite.fixture("/vivo/vivo-search-page1.json"))));
        wm.stubFor(get(urlPathMatching("/h5-api\\.appstore\\.vivo\\.com\\.cn/detail/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(XiaomiSite.fixture("/vivo/vivo-detail.fixture.json"))));
        crawl = new CrawlHarness(dir, wm.baseUrl(), "blocked");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        crawl.settings.put("stores.vivo.keywords", List.of("天气"));
        crawl.settings.put("fetch.block-after", "5");
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void aStoreThatBlocksUsStopsWithTheReasonWhileTheOthersGoOn() {
        Map<StoreId, StoreOutcome> outcomes = crawl.crawl(new CrawlOptions(List.of(StoreId.XIAOMI, StoreId.VIVO),
                        OptionalInt.empty(), CrawlOptions.Mode.RESUME, false, "test"))
                .stream().collect(Collectors.toMap(StoreOutcome::store, Function.identity()));
        StoreOutcome xiaomi = outcomes.get(StoreId.XIAOMI);
        assertThat(xiaomi.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        assertThat(xiaomi.failureReason()).contains("blocked: 5 consecutive 403");
        assertThat(xiaomi.counts().get(Count.PAGES)).isLessThan(1 + 12);
        StoreOutcome vivo = outcomes.get(StoreId.VIVO);
        assertThat(vivo.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
        assertThat(vivo.counts().get(Count.PAGES)).isGreaterThan(1);
    }
}
