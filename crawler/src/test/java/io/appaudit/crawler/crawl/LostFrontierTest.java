package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed run's work comes from its crawl state alone: crawler4j's queue is scratch, kept by no run. (When
 * crawler4j's queue was kept for resuming, it lost the URLs a process killed between two of its transactions had
 * handed out: two listings of a killed crawl were never fetched by the resumed one.) Here a run stops half-way, and
 * the resumed run indexes every listing, fetching none twice, with crawler4j's folder gone or holding what a killed
 * process left in it.
 */
class LostFrontierTest {

    private static final int APPS = 20;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, APPS, 5, "lost-frontier");
        wm = site.wm();
        crawl = site.crawl();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** Elasticsearch goes away after a few snapshots: the run stops half-way, resumable. */
    private static ListingSink goingAwayAfter(int snapshots, ListingSink sink) {
        AtomicInteger taken = new AtomicInteger();
        return new ListingSink() {
            @Override
            public void accept(ListingDocument snapshot) {
                if (taken.incrementAndGet() > snapshots) {
                    throw new ElasticException("Elasticsearch does not answer");
                }
                sink.accept(snapshot);
            }

            @Override
            public void flush() {
                sink.flush();
            }

            @Override
            public void close() {
                sink.close();
            }
        };
    }

    /** Runs until Elasticsearch goes away half-way; the run stops, resumable. */
    private void stopHalfWay() {
        StoreOutcome stopped = new Crawler(crawl.config(), crawl.session(), sink -> goingAwayAfter(6, sink))
                .run(CrawlHarness.options(StoreId.XIAOMI, false), Optional.empty()).get(0);
        assertThat(stopped.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        long servedBefore = wm.findAll(getRequestedFor(urlPathEqualTo("/app.mi.com/details"))).size();
        assertThat(servedBefore).isBetween(1L, APPS - 1L);
    }

    /** The resumed run completes with every listing indexed once, each fetched once over both runs. */
    private void resumeIndexesEveryListingOnce() throws Exception {
        StoreOutcome resumed = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.outcome()).as("%s", resumed.failureReason()).isEqualTo(CrawlRunOutcome.COMPLETED);
        List<JsonNode> docs = crawl.snapshots();
        assertThat(docs.stream().map(d -> d.path("package").asText()).distinct()).hasSize(APPS);
        assertThat(docs).hasSize(APPS);
        for (int i = 0; i < APPS; i++) {
            wm.verify(1, getRequestedFor(urlPathEqualTo("/app.mi.com/details"))
                    .withQueryParam("id", equalTo(XiaomiSite.pkg(i))));
        }
    }

    private Path crawler4jFolder() {
        return dir.resolve("crawl").resolve("xiaomi").resolve("frontier");
    }

    @Test
    void aStoppedRunKeepsNoQueueAndItsResumedRunIndexesEveryListingOnce() throws Exception {
        stopHalfWay();
        assertThat(crawler4jFolder()).doesNotExist();

        resumeIndexesEveryListingOnce();
        assertThat(crawler4jFolder()).doesNotExist();
    }

    @Test
    void whatAKilledProcessLeftInCrawler4jsFolderDoesNotStopTheResumedRun() throws Exception {
        stopHalfWay();
        // a killed process leaves crawler4j's Berkeley DB behind, torn at any byte
        Files.createDirectories(crawler4jFolder());
        Files.write(crawler4jFolder().resolve("00000000.jdb"), new byte[] {0x13, 0x37, 0x00, 0x2a});
        Files.writeString(crawler4jFolder().resolve("je.lck"), "");

        resumeIndexesEveryListingOnce();
    }
}
