package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CliProcess;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {

    private static final int APPS = 15;

    @TempDir
    Path dir;
    private ScheduleWorld world;
    private ScheduleDaemon daemon;
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
        if (daemon != null) {
            daemon.stop(Duration.ofSeconds(30));
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void sigtermInterruptsTheCrawlWithinTheGraceTimeAndTheNextStartResumesIt() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "sigterm", APPS, StoreId.XIAOMI);
        world.settings.put("stores.xiaomi.delay", "300ms");
        world.settings.put("schedule.shutdown-grace", "20s");
        // the slot leaves the daemon's JVM time to start and read it on a loaded machine (4 s was too few in CI)
        Path config = world.writeConfig(dir.resolve("appaudit.yaml"), Map.of("stores.xiaomi.schedule",
                Slots.cron(Slots.ahead(Duration.ofSeconds(12)))));
        Path log = dir.resolve("daemon.log");
        process = CliProcess.start(log, "--config", config.toString(), "--data-dir", dir.resolve("data").toString(),
                "schedule");
        try (JobStore store = JobStore.open(world.config().schedule())) {
            // a few listings in, the crawl is well under way
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (world.snapshots().size() < 3 && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(process.isAlive()).as("daemon log: %s", Files.readString(log)).isTrue();
            assertThat(world.snapshots()).as("daemon log: %s", Files.readString(log)).hasSizeGreaterThanOrEqualTo(3);

            long sent = System.nanoTime();
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(20));

            JobRun interrupted = store.runs().all().get(0);
            assertThat(interrupted.outcome()).as("daemon log: %s", Files.readString(log))
                    .contains(CrawlRunOutcome.INTERRUPTED.value());
            String runId = interrupted.runId().orElseThrow();
            assertThat(world.crawlRuns()).filteredOn(d -> d.path("run_id").asText().equals(runId))
                    .singleElement().satisfies(d -> assertThat(d.path("outcome").asText()).isEqualTo("interrupted"));
            assertThat(world.snapshots()).hasSizeLessThan(APPS);
        }

        world.settings.put("stores.xiaomi.delay", "20ms");
        world.settings.put("stores.xiaomi.schedule", "0 0 3 1 1 ? 2099");
        daemon = ScheduleDaemon.start(world.config(), world.checks());
        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                CrawlRunOutcome.COMPLETED.value(), 1), Duration.ofSeconds(90));

        JobRun first = runs.get(0);
        JobRun resumed = runs.stream().filter(r -> r.job().equals("xiaomi")).reduce((a, b) -> b).orElseThrow();
        assertThat(resumed.runId()).isEqualTo(first.runId());
        assertThat(resumed.detail().orElseThrow()).contains("resumed");
        List<JsonNode> snapshots = world.snapshots();
        assertThat(snapshots).hasSize(APPS);
        assertThat(snapshots.stream().map(s -> s.path("package").asText()).distinct()).hasSize(APPS);
    }

    @Test
    void aSingleNodeKilledDuringACrawlRecoversTheJobWhenItStartsAgain() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "sigkill", APPS, StoreId.XIAOMI);
        world.settings.put("stores.xiaomi.delay", "300ms");
        Path config = world.writeConfig(dir.resolve("appaudit.yaml"), Map.of("stores.xiaomi.schedule",
                Slots.cron(Slots.ahead(Duration.ofSeconds(12)))));
        Path log = dir.resolve("daemon.log");
        process = CliProcess.start(log, "--config", config.toString(), "--data-dir", dir.resolve("data").toString(),
                "schedule");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (world.snapshots().size() < 3 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(200);
        }
        assertThat(world.snapshots()).as("daemon log: %s", Files.readString(log)).hasSizeGreaterThanOrEqualTo(3);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(world.snapshots()).hasSizeLessThan(APPS);

        world.settings.put("stores.xiaomi.delay", "20ms");
        world.settings.put("stores.xiaomi.schedule", "0 0 3 1 1 ? 2099");
        daemon = ScheduleDaemon.start(world.config(), world.checks());
        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                CrawlRunOutcome.COMPLETED.value(), 1), Duration.ofSeconds(90));

        List<JobRun> crawls = runs.stream().filter(r -> r.job().equals("xiaomi")).toList();
        assertThat(crawls).hasSize(2);
        assertThat(crawls.get(0).outcome()).contains(JobRuns.ABANDONED);
        assertThat(crawls.get(1).recovering()).isTrue();
        assertThat(crawls.get(1).detail().orElseThrow()).contains("resumed");
        assertThat(world.snapshots().stream().map(s -> s.path("package").asText()).distinct()).hasSize(APPS);
    }
}
