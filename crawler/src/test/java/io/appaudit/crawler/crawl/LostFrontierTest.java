package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.sleepycat.je.Environment;
import com.sleepycat.je.EnvironmentConfig;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed run trusts its crawl state, not crawler4j's frontier. crawler4j moves the URLs it hands out from its
 * queue to its in-process list in two transactions; a process killed between them (it happened in CI: two listings
 * of a killed crawl were never fetched by the resumed one) leaves URLs in neither. Here every queued URL is lost
 * from the frontier's queues after a run stopped half-way, and the resumed run still indexes every listing,
 * fetching none twice.
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

    /**
     * Empties crawler4j's queue and in-process list, keeping its record of the URLs it has seen (DocIDs): what a
     * process killed between crawler4j's two transactions leaves behind, for every URL at once.
     */
    private static void loseQueuedUrls(Path frontier) {
        EnvironmentConfig config = new EnvironmentConfig();
        config.setTransactional(true);
        Environment env = new Environment(frontier.toFile(), config);
        try {
            List<String> names = env.getDatabaseNames();
            assertThat(names).contains("PendingURLsDB", "DocIDs");
            for (String db : List.of("PendingURLsDB", "InProcessPagesDB")) {
                if (names.contains(db)) {
                    env.truncateDatabase(null, db, false);
                }
            }
        } finally {
            env.close();
        }
    }

    @Test
    void aResumedRunIndexesEveryListingThoughTheFrontierLostItsUrls() throws Exception {
        StoreOutcome stopped = new Crawler(crawl.config(), crawl.session(), sink -> goingAwayAfter(6, sink))
                .run(CrawlHarness.options(StoreId.XIAOMI, false), Optional.empty()).get(0);
        assertThat(stopped.outcome()).isEqualTo("failed");
        long servedBefore = wm.findAll(getRequestedFor(urlPathEqualTo("/app.mi.com/details"))).size();
        assertThat(servedBefore).isBetween(1L, APPS - 1L);
        Path frontier = dir.resolve("crawl").resolve("xiaomi").resolve("frontier");
        assertThat(frontier).isDirectory();
        loseQueuedUrls(frontier);

        StoreOutcome resumed = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.outcome()).as("%s", resumed.failureReason()).isEqualTo("completed");
        List<JsonNode> docs = crawl.snapshots();
        assertThat(docs.stream().map(d -> d.path("package").asText()).distinct()).hasSize(APPS);
        assertThat(docs).hasSize(APPS);
        for (int i = 0; i < APPS; i++) {
            wm.verify(1, getRequestedFor(urlPathEqualTo("/app.mi.com/details"))
                    .withQueryParam("id", equalTo(XiaomiSite.pkg(i))));
        }
    }
}
