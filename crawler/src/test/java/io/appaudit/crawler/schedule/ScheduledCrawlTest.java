package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ScheduledCrawlTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private ScheduleWorld world;
    private ScheduleDaemon daemon;

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.stop(Duration.ofSeconds(30));
        }
        if (world != null) {
            world.close();
        }
    }

    private ScheduleWorld world(String name) {
        world = new ScheduleWorld(dir.resolve("data"), name, 3, StoreId.XIAOMI);
        world.settings.put("stores.xiaomi.schedule", "0/3 * * * * ?");
        return world;
    }

    @Test
    void aCronEveryFewSecondsCrawlsTheStoreIntoElasticsearchAndRecordsTheRun() throws Exception {
        world("cron");
        daemon = ScheduleDaemon.start(world.config(), world.checks());

        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                CrawlRunOutcome.COMPLETED.value(), 1), WAIT);

        JobRun run = runs.stream().filter(r -> r.outcome().orElse("").equals(CrawlRunOutcome.COMPLETED.value()))
                .findFirst().orElseThrow();
        assertThat(run.triggeredBy()).isEqualTo(Firing.SCHEDULE);
        assertThat(run.scheduledAt()).isPresent();
        String runId = run.runId().orElseThrow();
        List<JsonNode> snapshots = world.snapshots().stream().filter(s -> s.path("run_id").asText().equals(runId))
                .toList();
        assertThat(snapshots).hasSize(3).allSatisfy(s -> assertThat(s.path("store").asText()).isEqualTo("xiaomi"));
        JsonNode doc = world.crawlRuns().stream().filter(d -> d.path("run_id").asText().equals(runId)).findFirst()
                .orElseThrow();
        assertThat(doc.path("trigger").asText()).isEqualTo("schedule");
        assertThat(doc.path("outcome").asText()).isEqualTo("completed");
        assertThat(doc.path("listings").asLong()).isEqualTo(3);
    }

    @Test
    void theChecksRunAfterACompletedCrawl() throws Exception {
        world("checks");
        daemon = ScheduleDaemon.start(world.config(), world.checks());

        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("checks",
                CrawlRunOutcome.COMPLETED.value(), 1), WAIT);

        JobRun checks = runs.stream().filter(r -> r.job().equals("checks")).findFirst().orElseThrow();
        JobRun crawl = runs.stream().filter(r -> r.job().equals("xiaomi")
                && r.outcome().orElse("").equals(CrawlRunOutcome.COMPLETED.value())).findFirst().orElseThrow();
        assertThat(checks.startedAt()).isAfterOrEqualTo(crawl.endedAt().orElseThrow());
        assertThat(checks.detail().orElseThrow()).contains("3 apps");
    }

    @Test
    void aRunThatCannotReachElasticsearchIsRecordedInTheJobStoreAndLogged() throws Exception {
        world("no-es");
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        world.settings.put("elastic.urls", List.of("http://127.0.0.1:" + closed));
        world.settings.put("elastic.connect-timeout", "500ms");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ScheduledCrawl.class);
        log.start();
        logger.addAppender(log);
        try {
            daemon = ScheduleDaemon.start(world.config(), world.checks());

            List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                    CrawlRunOutcome.FAILED.value(), 1), WAIT);

            assertThat(runs.get(0).detail().orElseThrow()).startsWith("Elasticsearch unreachable")
                    .contains("127.0.0.1:" + closed);
            assertThat(log.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getFormattedMessage()).contains("xiaomi").contains("no crawl-run document written");
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void aRunThatFailsBeforeTheCrawlerStartsLeavesAFailedCrawlRunDocument() throws Exception {
        world("early-failure");
        world.settings.put("checks.group-file", dir.resolve("missing-groups.csv").toString());
        daemon = ScheduleDaemon.start(world.config(), world.checks());

        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                CrawlRunOutcome.FAILED.value(), 1), WAIT);

        String runId = runs.get(0).runId().orElseThrow();
        JsonNode doc = world.crawlRuns().stream().filter(d -> d.path("run_id").asText().equals(runId)).findFirst()
                .orElseThrow();
        assertThat(doc.path("outcome").asText()).isEqualTo("failed");
        assertThat(doc.path("trigger").asText()).isEqualTo("schedule");
        assertThat(doc.path("store").asText()).isEqualTo("xiaomi");
        assertThat(doc.path("failure_reason").asText()).contains("missing-groups.csv");
        assertThat(world.snapshots()).isEmpty();
    }

    @Test
    void aScheduledOppoRunWithAPartialSigningSetUpFailsNamingWhatIsMissing() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "partial-oppo", 3, StoreId.OPPO);
        world.settings.put("stores.oppo.schedule", "0/3 * * * * ?");
        world.settings.put("stores.oppo.signing.oak", "oak-only");
        daemon = ScheduleDaemon.start(world.config(), world.checks());

        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("oppo",
                CrawlRunOutcome.FAILED.value(), 1), WAIT);

        String runId = runs.get(0).runId().orElseThrow();
        JsonNode doc = world.crawlRuns().stream().filter(d -> d.path("run_id").asText().equals(runId)).findFirst()
                .orElseThrow();
        assertThat(doc.path("outcome").asText()).isEqualTo("failed");
        assertThat(doc.path("failure_reason").asText()).contains("OPPO signing is set up only in part")
                .contains("stores.oppo.signing.ocs");
        assertThat(doc.has("listings")).as("counts are absent, not zero").isFalse();
        assertThat(world.snapshots()).isEmpty();
    }
}
