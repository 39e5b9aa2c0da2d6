package io.appaudit.crawler.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch stays unreachable for longer than elastic.ingest.max-outage: the crawl stops, saying why, with its
 * run resumable; the next crawl, once Elasticsearch answers, sends what was never confirmed, and nothing is lost or
 * doubled.
 */
class ElasticsearchOutageTest {

    private static final int APPS = 30;

    @TempDir
    Path dir;

    @Test
    void anOutageLongerThanAllowedStopsTheRunAndTheNextRunSendsTheRest() throws Exception {
        try (ChaosStore store = new ChaosStore(APPS, 10);
             ElasticProxy proxy = new ElasticProxy(TestElasticsearch.url());
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-outage")) {
            crawl.settings().put("elastic.ingest.max-outage", "3s");
            CompletableFuture<StoreOutcome> run = crawl.startAgainst(List.of(proxy.url().toString()));
            Await.until(() -> store.servedListings().size() >= APPS / 3, Duration.ofMinutes(2), "a third served");
            proxy.goAway();
            StoreOutcome first = run.get(2, TimeUnit.MINUTES);
            long servedWhileAway = store.servedListings().size();

            assertThat(first.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
            assertThat(first.failureReason()).hasValueSatisfying(r -> assertThat(r)
                    .contains("elastic.ingest.max-outage").contains("run the crawl again"));
            assertThat(servedWhileAway).isLessThan(APPS);

            proxy.comeBack();
            StoreOutcome second = crawl.crawl(false);
            assertThat(second.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(second.runId()).isEqualTo(first.runId());
            Set<String> served = store.servedListings();
            assertThat(served).hasSize(APPS);
            Tally tally = Tally.of(crawl.snapshots(), List.of(served));
            assertThat(tally.missing()).isEmpty();
            assertThat(tally.duplicates()).isZero();
            Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
            ChaosTable.record(tally.row("Elasticsearch unreachable beyond max-outage",
                    "stopped resumable after 3 s; next run completed", falseFindings.size()));
            assertThat(falseFindings).isEmpty();
        }
    }
}
