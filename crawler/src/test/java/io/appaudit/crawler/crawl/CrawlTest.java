package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.EvidenceFinder;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlTest {

    private static final int APPS = 12;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, APPS, 5, "crawl");
        wm = site.wm();
        crawl = site.crawl();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void indexesOneListingSnapshotPerAppWithItsEvidence() throws Exception {
        List<StoreOutcome> outcomes = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false));
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED));
        List<JsonNode> docs = crawl.snapshots();
        assertThat(docs).hasSize(APPS);
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.path("outcome").asText()).isEqualTo("listed");
            assertThat(d.path("evidence").path("record_id").asText()).startsWith("<urn:uuid:");
        });
        assertThat(docs.stream().map(d -> d.path("package").asText()).distinct()).hasSize(APPS);
    }

    @Test
    void everyListingsWarcRecordIsReadableAndMatchesItsDigest() throws Exception {
        crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false));
        try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), 1 << 30)) {
            EvidenceFinder finder = new EvidenceFinder(archive);
            for (JsonNode d : crawl.snapshots()) {
                JsonNode ev = d.path("evidence");
                CapturedExchange c = finder.inFile(StoreId.XIAOMI, ev.path("warc_file").asText(),
                        ev.path("record_id").asText()).orElseThrow();
                assertThat(c.payloadSha256()).isEqualTo(ev.path("payload_sha256").asText());
                assertThat(c.storeUrl()).isEqualTo(d.path("source_url").asText());
            }
        }
    }

    @Test
    void writesACrawlRunDocument() throws Exception {
        List<StoreOutcome> outcomes = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false));
        List<JsonNode> runs = crawl.documents(crawl.session().layout().crawlRunsIndex());
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.path("run_id").asText()).isEqualTo(outcomes.get(0).runId());
            assertThat(r.path("outcome").asText()).isEqualTo(CrawlRunOutcome.COMPLETED.value());
            assertThat(r.path("listings").asLong()).isEqualTo(APPS);
            assertThat(r.path("adapter_healthy").asBoolean()).isTrue();
            assertThat(r.path("trigger").asText()).isEqualTo("test");
        });
    }
}
