package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.CliProcess;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two scheduler daemons in JVMs of their own, clustered over one H2 database served over TCP (the database server
 * of a real cluster), each node with its own data folder.
 */
class ClusterTest {

    @TempDir
    Path dir;
    private Server h2;
    private ScheduleWorld world;
    private final Map<String, Process> nodes = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.resolve("db").toString(),
                "-ifNotExists").start();
        world = new ScheduleWorld(dir.resolve("test-data"), "cluster", 2, StoreId.XIAOMI, StoreId.VIVO);
        world.settings.put("schedule.jdbc-url", "jdbc:h2:tcp://127.0.0.1:" + port + "/quartz");
        world.settings.put("schedule.clustered", "true");
        world.settings.put("schedule.thread-count", "1");
        world.settings.put("schedule.checks-after-crawl", "false");
    }

    @AfterEach
    void stop() throws Exception {
        nodes.values().forEach(Process::destroy);
        for (Process p : nodes.values()) {
            p.waitFor(40, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
        world.close();
        h2.stop();
    }

    private void startNode(String id, Map<String, Object> settings) throws IOException {
        Map<String, Object> mine = new LinkedHashMap<>(settings);
        mine.put("schedule.instance-id", id);
        Path config = world.writeConfig(dir.resolve(id + ".yaml"), mine);
        nodes.put(id, CliProcess.start(dir.resolve(id + ".log"), "--config", config.toString(), "--data-dir",
                dir.resolve(id).toString(), "schedule"));
    }

    private String logs() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String id : nodes.keySet()) {
            sb.append("\n--- ").append(id).append('\n').append(Files.readString(dir.resolve(id + ".log")));
        }
        return sb.toString();
    }

    @Test
    void twoNodesRunEachFiringOnceAndNeverOneStoreTwiceAtOnce() throws Exception {
        Map<String, Object> settings = Map.of("stores.xiaomi.schedule", "0/6 * * * * ?", "stores.vivo.schedule",
                "0/6 * * * * ?");
        startNode("node-a", settings);
        startNode("node-b", settings);
        try (JobStore store = JobStore.open(world.config().schedule())) {
            // the runs while both nodes run (a node stopping hands its crawl over to the other as a resume)
            List<JobRun> runs = ScheduleWorld.awaitRuns(store, r -> r.stream().filter(JobRun::ended).count() >= 8,
                    Duration.ofSeconds(120)).stream().filter(JobRun::ended).toList();
            for (String job : List.of("xiaomi", "vivo")) {
                List<JobRun> mine = runs.stream().filter(r -> r.job().equals(job))
                        .sorted(Comparator.comparing(JobRun::startedAt)).toList();
                assertThat(mine).as("%s%s", job, logs()).hasSizeGreaterThanOrEqualTo(3);
                for (int i = 1; i < mine.size(); i++) {
                    // never two at once: each run starts after the one before it ended
                    assertThat(mine.get(i).startedAt()).as("%s run %d: %s", job, i, mine)
                            .isAfterOrEqualTo(mine.get(i - 1).endedAt().orElseThrow());
                    // each firing once: the cron's slots one after the other, none twice, none skipped
                    assertThat(Duration.between(mine.get(i - 1).scheduledAt().orElseThrow(),
                            mine.get(i).scheduledAt().orElseThrow())).as("%s run %d: %s", job, i, mine)
                            .isEqualTo(Duration.ofSeconds(6));
                }
            }
            assertThat(runs).allSatisfy(r -> assertThat(r.outcome()).contains(CrawlRunOutcome.COMPLETED.value()));
            // with one thread each, two stores firing together take both nodes
            assertThat(runs.stream().map(JobRun::instanceId).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("node-a", "node-b");
        }
    }

    @Test
    void theJobOfAKilledNodeIsRecoveredByTheOther() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("stores.xiaomi.schedule", Slots.cron(Slots.ahead(Duration.ofSeconds(8))));
        settings.put("stores.vivo.enabled", "false");
        settings.put("stores.xiaomi.max-apps", "12");
        settings.put("stores.xiaomi.delay", "400ms");
        startNode("node-a", settings);
        startNode("node-b", settings);
        try (JobStore store = JobStore.open(world.config().schedule())) {
            List<JobRun> started = ScheduleWorld.awaitRuns(store, runs -> !runs.isEmpty(), Duration.ofSeconds(60));
            String victim = started.get(0).instanceId();
            String survivor = victim.equals("node-a") ? "node-b" : "node-a";
            Thread.sleep(2_000);
            nodes.get(victim).destroyForcibly();
            assertThat(nodes.get(victim).waitFor(20, TimeUnit.SECONDS)).isTrue();
            Instant killed = Instant.now();

            List<JobRun> runs = ScheduleWorld.awaitRuns(store, ScheduleWorld.ended("xiaomi",
                    CrawlRunOutcome.COMPLETED.value(), 1), Duration.ofSeconds(120));

            assertThat(runs).as(logs()).hasSize(2);
            JobRun lost = runs.get(0);
            JobRun recovered = runs.get(1);
            assertThat(lost.instanceId()).isEqualTo(victim);
            assertThat(lost.outcome()).contains(JobRuns.ABANDONED);
            assertThat(recovered.instanceId()).isEqualTo(survivor);
            assertThat(recovered.recovering()).isTrue();
            assertThat(recovered.startedAt()).isAfter(killed);
            assertThat(lost.endedAt()).contains(recovered.startedAt());
            String runId = recovered.runId().orElseThrow();
            assertThat(world.crawlRuns()).filteredOn(d -> d.path("run_id").asText().equals(runId)).singleElement()
                    .satisfies(d -> {
                        assertThat(d.path("outcome").asText()).isEqualTo("completed");
                        assertThat(d.path("trigger").asText()).isEqualTo("schedule");
                        assertThat(d.path("listings").asLong()).isEqualTo(12);
                    });
        }
    }
}
