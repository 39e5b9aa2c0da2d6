package io.appaudit.crawler.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CliProcess;
import io.appaudit.indexer.TestElasticsearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool is killed with SIGKILL while bulk requests are in flight: Elasticsearch has applied them but the crawl
 * never heard back. The next {@code appaudit crawl} indexes the rest, and what both sent twice is there once.
 */
class KilledMidBulkTest {

    private static final int APPS = 40;

    @TempDir
    Path dir;

    @Test
    void aCrawlKilledWithBulksInFlightResumesWithNothingLostOrDoubled() throws Exception {
        try (ChaosStore store = new ChaosStore(APPS, 10);
             ElasticProxy proxy = new ElasticProxy(TestElasticsearch.url());
             ChaosCrawl crawl = new ChaosCrawl(dir.resolve("data"), store.baseUrl(), "chaos-kill-bulk")) {
            crawl.settings().put("elastic.urls", List.of(proxy.url().toString()));
            crawl.settings().put("stores.xiaomi.delay", "50ms");
            Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings());
            Path log = dir.resolve("crawl.log");
            String[] args = {"--config", config.toString(), "--data-dir", dir.resolve("data").toString(), "crawl",
                    "--store", "xiaomi", "--no-probes"};
            // every bulk is applied by Elasticsearch at once but answered 2 s later
            proxy.delayBulkAnswers(Duration.ofSeconds(2));
            Process first = CliProcess.start(log, args);
            Await.until(() -> store.servedListings().size() >= APPS / 2 && proxy.bulksInFlight() > 0
                    || !first.isAlive(), Duration.ofMinutes(2), "half the listings served with a bulk in flight");
            assertThat(first.isAlive()).as("the first crawl runs (log: %s)", Files.readString(log)).isTrue();
            int inFlight = proxy.bulksInFlight();
            Await.kill9(first.pid());
            long servedAtKill = store.detailRequests();
            long indexedAtKill = listed(crawl);

            proxy.delayBulkAnswers(Duration.ZERO);
            Process second = CliProcess.start(log, args);
            assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(second.exitValue()).as("the resumed crawl (log: %s)", Files.readString(log)).isZero();

            Set<String> served = store.servedListings();
            assertThat(served).hasSize(APPS);
            assertThat(servedAtKill).isLessThan(APPS);
            assertThat(indexedAtKill).isLessThan(APPS);
            List<JsonNode> snapshots = crawl.snapshots();
            Tally tally = Tally.of(snapshots, List.of(served));
            assertThat(tally.missing()).isEmpty();
            assertThat(tally.duplicates()).isZero();
            assertThat(snapshots.stream().map(d -> d.path("run_id").asText()).distinct()).hasSize(1);
            // only the pages in hand at the kill are asked for twice; the rest is read back from the WARC
            assertThat(store.detailRequests() - APPS).isLessThanOrEqualTo(2);
            Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
            ChaosTable.record(tally.row("tool killed (SIGKILL) with " + inFlight + " bulk(s) in flight",
                    "resumed and completed; " + indexedAtKill + " indexed before the kill", falseFindings.size()));
            assertThat(falseFindings).isEmpty();
        }
    }

    private static long listed(ChaosCrawl crawl) throws java.io.IOException {
        Set<String> packages = new TreeSet<>();
        for (JsonNode d : crawl.snapshots()) {
            if ("listed".equals(d.path("outcome").asText())) {
                packages.add(d.path("package").asText());
            }
        }
        return packages.size();
    }
}
