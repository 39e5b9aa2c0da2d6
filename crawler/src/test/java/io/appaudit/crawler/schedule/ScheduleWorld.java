package io.appaudit.crawler.schedule;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A scheduler test's world: the committed demo replay of the five stores on WireMock, the build's Elasticsearch
 * under an index prefix of the test's own, a data folder, and a configuration over them with only the given stores
 * enabled, each taking a few apps.
 */
public final class ScheduleWorld implements AutoCloseable {

    public static final Path REPLAY = Path.of("..", "demo", "replay");

    public final WireMockServer replay;
    public final CrawlHarness crawl;
    public final Map<String, Object> settings;

    public ScheduleWorld(Path dataDir, String testName, int maxApps, StoreId... stores) {
        replay = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(REPLAY.toString()));
        replay.start();
        crawl = new CrawlHarness(dataDir, replay.baseUrl(), testName);
        settings = crawl.settings;
        Set<StoreId> enabled = Set.copyOf(Arrays.asList(stores));
        for (StoreId s : StoreId.values()) {
            String p = "stores." + s.id() + ".";
            settings.put(p + "enabled", Boolean.toString(enabled.contains(s)));
            settings.put(p + "max-pages", "2");
            settings.put(p + "max-apps", Integer.toString(maxApps));
            settings.put(p + "delay", "20ms");
        }
        // discovery exactly as the replay answers it (demo/appaudit-demo.yaml)
        settings.put("stores.tencent.categories", List.of("app:all"));
        settings.put("stores.xiaomi.categories", List.of("5"));
        settings.put("stores.huawei.categories", List.of("d3e0a5c1b2f94e6c8a7d1b0c9e8f7a6d"));
        settings.put("stores.huawei.keywords", List.of("演示"));
        settings.put("stores.vivo.keywords", List.of("工具", "生活"));
        settings.put("schedule.shutdown-grace", "30s");
    }

    public AppauditConfig config() {
        return crawl.config();
    }

    /** The listing checks as the command line loads them. */
    public Supplier<ListingChecks> checks() {
        AppauditConfig c = config();
        return () -> ListingChecks.load(c.checks());
    }

    /** Writes the configuration as a file for a scheduler in a JVM of its own. */
    public Path writeConfig(Path file, Map<String, Object> overrides) throws IOException {
        Map<String, Object> all = new java.util.LinkedHashMap<>(settings);
        all.putAll(overrides);
        return CliProcess.writeConfig(file, all);
    }

    public List<JsonNode> crawlRuns() throws IOException {
        return crawl.documents(crawl.session().layout().crawlRunsIndex());
    }

    public List<JsonNode> snapshots() throws IOException {
        return crawl.snapshots();
    }

    /** Polls the job store's runs until one matches; fails after the timeout. */
    public static List<JobRun> awaitRuns(JobStore store, Predicate<List<JobRun>> done, Duration timeout)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JobRun> runs = store.runs().all();
        while (!done.test(runs)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + "; runs: " + runs);
            }
            Thread.sleep(200);
            runs = store.runs().all();
        }
        return runs;
    }

    public static Predicate<List<JobRun>> ended(String job, String outcome, int count) {
        return runs -> runs.stream().filter(r -> r.job().equals(job) && r.outcome().orElse("").equals(outcome))
                .count() >= count;
    }

    @Override
    public void close() {
        crawl.close();
        replay.stop();
    }
}
