package io.appaudit.crawler.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * A crawl of the chaos store's Xiaomi listings as {@code appaudit crawl} makes it (each listing checked as it is
 * stored), into Elasticsearch under an index prefix of its own, followed when asked by {@code appaudit check}.
 */
final class ChaosCrawl implements AutoCloseable {

    final CrawlHarness harness;

    ChaosCrawl(Path dataDir, String storeBase, String name) {
        this.harness = new CrawlHarness(dataDir, storeBase, name);
        harness.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        // history checks need two failures this far apart; short, so that two crawls of a test could confirm one
        harness.settings.put("checks.failure-spacing", "1s");
    }

    Map<String, Object> settings() {
        return harness.settings;
    }

    AppauditConfig config() {
        return harness.config();
    }

    /**
     * Starts a crawl in the background against the Elasticsearch at {@code elasticUrls}, briskly (a 100 ms delay
     * between pages, 200 ms first backoff for bulk retries): how a fault is brought about while the crawl runs.
     */
    CompletableFuture<StoreOutcome> startAgainst(List<String> elasticUrls) {
        settings().put("elastic.urls", elasticUrls);
        settings().put("stores.xiaomi.delay", "100ms");
        settings().put("elastic.ingest.retry-backoff", "200ms");
        harness.session();
        return CompletableFuture.supplyAsync(() -> crawl(false));
    }

    /** Crawls the Xiaomi store once, resuming an unfinished run. */
    StoreOutcome crawl(boolean probes) {
        ListingChecks checks = checks(config());
        Crawler crawler = new Crawler(config(), harness.session(), sink -> new CheckingSink(sink, checks));
        return crawler.run(new CrawlOptions(List.of(StoreId.XIAOMI), OptionalInt.empty(), CrawlOptions.Mode.RESUME,
                probes, "chaos"), Optional.empty()).get(0);
    }

    List<JsonNode> snapshots() throws IOException {
        return harness.snapshots();
    }

    /**
     * Runs the checks of the quarter ({@code appaudit check}) and returns its problem findings as
     * {@code "<check> <package>"}.
     */
    Set<String> problemFindings() throws IOException {
        var session = harness.session();
        new CheckRun(session.connection(), session.layout(), checks(config())).run(Quarter.of(Instant.now()), false);
        Set<String> out = new TreeSet<>();
        for (JsonNode f : harness.documents(session.layout().findingsIndex())) {
            boolean informational = f.path("informational").asBoolean(false);
            if (!informational && !"rectified".equals(f.path("status").asText())) {
                out.add(f.path("check_id").asText() + " " + f.path("package").asText());
            }
        }
        return out;
    }

    static ListingChecks checks(AppauditConfig config) {
        return ListingChecks.of(CheckContext.load(config.checks()));
    }

    @Override
    public void close() {
        harness.close();
    }
}
