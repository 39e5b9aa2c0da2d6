package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery saturation per list, on a WireMock Xiaomi store of 40 apps in one category of four pages (ten apps a
 * page): the run, its crawl-run document and the summary table say whether more paging could have found more.
 */
class DiscoverySaturationTest {

    private static final int APPS = 40;
    private static final String LIST = "/app.mi.com/categotyAllListApi";

    @TempDir
    Path dir;

    @Test
    void aStoreWhoseListsReachOnlyHalfItsCatalogueIsReportedNotSaturated() throws Exception {
        try (XiaomiCrawl site = XiaomiCrawl.start(dir, APPS, 10, "saturation-half")) {
            site.crawl().settings.put("stores.xiaomi.max-pages", "2");

            StoreOutcome o = site.crawl().crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            site.wm().verify(2, getRequestedFor(urlPathEqualTo(LIST)));
            assertThat(o.discovery()).singleElement().satisfies(c -> {
                assertThat(c.label()).isEqualTo("category:1");
                assertThat(c.apps()).isEqualTo(APPS / 2);
                assertThat(c.pages()).isEqualTo(2);
                assertThat(c.lastNew()).isEqualTo(10);
                assertThat(c.stop()).isEqualTo(ChannelTally.Stop.MAX_PAGES);
                assertThat(c.saturation()).isEqualTo(ChannelTally.Saturation.NOT_SATURATED);
            });
            JsonNode run = crawlRun(site, o);
            assertThat(run.path("discovery_not_saturated").asLong()).isEqualTo(1);
            assertThat(run.path("discovery").get(0).path("saturation").asText()).isEqualTo("not_saturated");
            assertThat(run.path("discovery").get(0).path("apps").asLong()).isEqualTo(APPS / 2);
            assertThat(DiscoverySummary.table(List.of(o)))
                    .contains("xiaomi: not saturated (more paging may find more apps): category:1 (2 pages, 10 new");
        }
    }

    @Test
    void aListWalkedToItsEndIsReportedSaturated() throws Exception {
        try (XiaomiCrawl site = XiaomiCrawl.start(dir, APPS, 10, "saturation-whole")) {
            StoreOutcome o = site.crawl().crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

            assertThat(o.discovery()).singleElement().satisfies(c -> {
                assertThat(c.apps()).isEqualTo(APPS);
                assertThat(c.pages()).isEqualTo(4);
                assertThat(c.stop()).isEqualTo(ChannelTally.Stop.ENDED);
                assertThat(c.saturation()).isEqualTo(ChannelTally.Saturation.SATURATED);
            });
            JsonNode run = crawlRun(site, o);
            assertThat(run.path("discovery_not_saturated").asLong()).isZero();
            assertThat(run.path("discovery").get(0).path("saturation").asText()).isEqualTo("saturated");
            assertThat(DiscoverySummary.table(List.of(o))).doesNotContain("not saturated (");
        }
    }

    private static JsonNode crawlRun(XiaomiCrawl site, StoreOutcome o) throws Exception {
        return site.crawl().documents(site.crawl().session().layout().crawlRunsIndex()).stream()
                .filter(d -> d.path("run_id").asText().equals(o.runId())).findFirst().orElseThrow();
    }
}
