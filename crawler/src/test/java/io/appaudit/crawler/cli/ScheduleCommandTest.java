package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.schedule.JobRun;
import io.appaudit.crawler.schedule.JobStore;
import io.appaudit.crawler.schedule.ScheduleWorld;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {

    @TempDir
    Path dir;
    private ScheduleWorld world;
    private Path config;
    private Process daemon;
    private Path log;

    @BeforeEach
    void world() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "schedule-cli", 2, StoreId.XIAOMI, StoreId.VIVO);
        world.settings.put("schedule.instance-id", "daemon-1");
        world.settings.put("stores.xiaomi.schedule", "0 0 3 1 1 ? 2099");
        world.settings.put("stores.vivo.schedule", "0/4 * * * * ?");
        config = world.writeConfig(dir.resolve("appaudit.yaml"), Map.of());
        log = dir.resolve("daemon.log");
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            daemon.destroy();
            daemon.waitFor(40, TimeUnit.SECONDS);
            daemon.destroyForcibly();
        }
        world.close();
    }

    private Cli.Run schedule(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "--data-dir";
        all[3] = dir.resolve("data").toString();
        all[4] = "schedule";
        System.arraycopy(args, 0, all, 5, args.length);
        return Cli.run(all);
    }

    /** Starts the daemon in a JVM of its own, on the default job store (H2 with AUTO_SERVER), and waits for it. */
    private void startDaemon() throws Exception {
        daemon = CliProcess.start(log, "--config", config.toString(), "--data-dir", dir.resolve("data").toString(),
                "schedule");
        try (JobStore store = JobStore.open(world.config().schedule())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.nodes().alive().isEmpty()) {
                assertThat(daemon.isAlive()).as("daemon log: %s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("daemon log: %s", Files.readString(log)).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private List<JsonNode> crawlRuns(String store) throws Exception {
        return world.crawlRuns().stream().filter(d -> d.path("store").asText().equals(store)).toList();
    }

    @Test
    void runNowWithoutADaemonFailsAndSaysHowToStartOne() {
        Cli.Run run = schedule("--run-now", "xiaomi");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No scheduler daemon is running").contains("`appaudit schedule`")
                .contains("--run-now xiaomi --wait");
    }

    @Test
    void runNowWaitWithoutADaemonCrawlsInThisProcess() throws Exception {
        Cli.Run run = schedule("--run-now", "xiaomi", "--wait");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("crawling xiaomi in this process").contains("xiaomi: completed");
        assertThat(crawlRuns("xiaomi")).singleElement().satisfies(d -> {
            assertThat(d.path("trigger").asText()).isEqualTo("run-now");
            assertThat(d.path("outcome").asText()).isEqualTo("completed");
        });
    }

    @Test
    void aRunningDaemonRunsARunNowRequestFromAnotherProcess() throws Exception {
        startDaemon();

        Cli.Run run = schedule("--run-now", "xiaomi", "--wait");

        assertThat(run.exitCode()).as(run.err() + Files.readString(log)).isZero();
        assertThat(run.out()).contains("Triggered xiaomi").contains("daemon-1").contains("xiaomi: completed on daemon-1");
        assertThat(crawlRuns("xiaomi")).singleElement().satisfies(d -> {
            assertThat(d.path("trigger").asText()).isEqualTo("run-now");
            assertThat(d.path("outcome").asText()).isEqualTo("completed");
        });
    }

    @Test
    void listShowsEveryJobWithItsCronFireTimesStateAndLastRun() throws Exception {
        startDaemon();
        try (JobStore store = JobStore.open(world.config().schedule())) {
            ScheduleWorld.awaitRuns(store, ScheduleWorld.ended("vivo", "completed", 1),
                    java.time.Duration.ofSeconds(60));
        }

        Cli.Run run = schedule("--list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("JOB").contains("SCHEDULE").contains("PREVIOUS FIRE").contains("NEXT FIRE")
                .contains("STATE").contains("LAST RUN");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("xiaomi ").contains("0 0 3 1 1 ? 2099")
                .contains("2099-01-01 03:00:00").contains("waiting"));
        // vivo fires every 4 s: it may be between runs or in one
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("vivo ").contains("0/4 * * * * ?")
                .matches(".*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  +"
                        + "(waiting|running) +(completed|running) \\(schedule\\) .*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("checks ").contains("after crawls"));
        assertThat(run.out()).contains("Daemons: daemon-1");
    }

    @Test
    void listWithoutADaemonSaysSo() {
        Cli.Run run = schedule("--list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No job in the job store")
                .contains("No scheduler daemon is running on this job store")
                .contains("Configuration: xiaomi: enabled here, not in the job store");
    }

    @Test
    void waitWithoutRunNowIsAUsageError() {
        Cli.Run run = schedule("--wait");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--wait goes with --run-now");
    }

    @Test
    void aSecondDaemonOnASingleNodeJobStoreIsRefused() throws Exception {
        startDaemon();

        Cli.Run run = Cli.run("--config", world.writeConfig(dir.resolve("second.yaml"),
                Map.of("schedule.instance-id", "daemon-2")).toString(), "--data-dir", dir.resolve("data").toString(),
                "schedule");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Another scheduler daemon uses this job store: daemon-1")
                .contains("schedule.clustered: true");
    }

    @Test
    void runRecordsNameTheNodeThatRanThem() throws Exception {
        startDaemon();
        try (JobStore store = JobStore.open(world.config().schedule())) {
            List<JobRun> runs = ScheduleWorld.awaitRuns(store, ScheduleWorld.ended("vivo", "completed", 1),
                    java.time.Duration.ofSeconds(60));
            assertThat(runs).allSatisfy(r -> assertThat(r.instanceId()).isEqualTo("daemon-1"));
        }
    }
}
