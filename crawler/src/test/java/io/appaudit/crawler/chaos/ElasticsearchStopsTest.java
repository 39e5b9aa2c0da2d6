package io.appaudit.crawler.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.node.EmbeddedNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch stops in the middle of a crawl: a node of its own (not the build's shared one) is killed with
 * SIGKILL and started again on the same data folder and port. Fetching pauses while it is gone, and once it is back
 * every listing fetched is indexed, once.
 */
class ElasticsearchStopsTest {

    private static final int APPS = 40;

    @TempDir
    Path dir;

    /** A node of a test's own: the build's distribution and account, a small heap, its own folder and port. */
    static EmbeddedSettings settings(Path home, int port) {
        EmbeddedSettings shared = TestElasticsearch.embeddedSettings();
        return new EmbeddedSettings(home, shared.version(), port, "256m", shared.repository(), shared.runAsUser(),
                Duration.ofMinutes(3));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aNodeKilledMidCrawlPausesFetchingAndOnceRestartedEveryListingIsIndexedOnce() throws Exception {
        // beside the shared node's folder, which the node's unprivileged account can reach; the data starts empty
        Path home = TestElasticsearch.home().resolveSibling("chaos-es-stop");
        Folders.deleteQuietly(home.resolve("data"));
        EmbeddedSettings settings = settings(home, freePort());
        EmbeddedNode node = new EmbeddedNode(settings);
        EmbeddedNode.Running first = node.start(false);
        try (ChaosStore store = new ChaosStore(APPS, 10);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-es-stop")) {
            crawl.settings().put("elastic.ingest.max-outage", "5m");
            CompletableFuture<StoreOutcome> run = crawl.startAgainst(List.of(first.url().toString()));

            Await.until(() -> store.servedListings().size() >= APPS / 4, Duration.ofMinutes(2), "a quarter served");
            Await.kill9(first.pid());
            long atKill = store.detailRequests();
            Thread.sleep(4_000);
            long afterOutageBegan = store.detailRequests();
            Thread.sleep(4_000);
            long beforeRestart = store.detailRequests();
            long restartStarted = System.nanoTime();
            EmbeddedNode.Running second = new EmbeddedNode(settings).start(false);
            long downSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartStarted) + 8;
            StoreOutcome outcome = run.get(5, TimeUnit.MINUTES);

            assertThat(second.url()).isEqualTo(first.url());
            assertThat(outcome.outcome()).as("%s", outcome.failureReason()).isEqualTo(CrawlRunOutcome.COMPLETED);
            // the pages in hand when the first bulk went unanswered (a bulk goes every 200 ms, a page every 100 ms:
            // a few, more on a loaded machine; unpaused, 4 s would be some 40), then nothing until Elasticsearch answered
            assertThat(afterOutageBegan - atKill).isLessThanOrEqualTo(10);
            assertThat(beforeRestart).isEqualTo(afterOutageBegan);
            Set<String> served = store.servedListings();
            assertThat(served).hasSize(APPS);
            Tally tally = Tally.of(crawl.snapshots(), List.of(served));
            assertThat(tally.missing()).isEmpty();
            assertThat(tally.duplicates()).isZero();
            Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
            ChaosTable.record(tally.row("Elasticsearch node killed mid-crawl, restarted",
                    "completed; fetching paused ~" + downSeconds + " s", falseFindings.size()));
            assertThat(falseFindings).isEmpty();
        } finally {
            node.stop();
        }
    }
}
