package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecrawlTest {

    private static final int APPS = 4;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, APPS, 10, "recrawl");
        wm = site.wm();
        crawl = site.crawl();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aSecondRunReconfirmsUnchangedListingsWithTheirFirstEvidence() throws Exception {
        String first = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0).runId();
        String second = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0).runId();
        assertThat(second).isNotEqualTo(first);
        wm.verify(APPS, getRequestedFor(urlPathEqualTo("/app.mi.com/details"))
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        List<JsonNode> docs = crawl.snapshots();
        Map<String, List<JsonNode>> byRun = docs.stream().collect(Collectors.groupingBy(d -> d.path("run_id").asText()));
        assertThat(byRun.get(second)).hasSize(APPS).allSatisfy(d -> {
            assertThat(d.path("unchanged").asBoolean()).isTrue();
            assertThat(d.path("outcome").asText()).isEqualTo("listed");
            JsonNode before = byRun.get(first).stream()
                    .filter(f -> f.path("package").asText().equals(d.path("package").asText())).findFirst().orElseThrow();
            assertThat(d.path("evidence")).isEqualTo(before.path("evidence"));
            assertThat(d.path("name").asText()).isEqualTo(before.path("name").asText());
        });
        assertThat(byRun.get(first)).allSatisfy(d -> assertThat(d.path("unchanged").asBoolean()).isFalse());
    }
}
