package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MisfireTest {

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

    @Test
    void aRestartAfterDowntimeFiresTheMissedJobOnceNotOncePerMissedSlot() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "misfire", 2, StoreId.XIAOMI);
        List<ZonedDateTime> slots = Slots.ahead(Duration.ofSeconds(4), Duration.ofSeconds(6), Duration.ofSeconds(8));
        world.settings.put("stores.xiaomi.schedule", Slots.cron(slots));
        world.settings.put("schedule.misfire-threshold", "1s");
        // the daemon stores the trigger, then is down while its three slots pass
        ScheduleDaemon.start(world.config(), world.checks()).stop(Duration.ofSeconds(10));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), slots.get(2).toInstant()).toMillis()) + 2_000);

        Instant restart = Instant.now();
        daemon = ScheduleDaemon.start(world.config(), world.checks());
        ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi", CrawlRunOutcome.COMPLETED.value(), 1),
                Duration.ofSeconds(60));
        // time for any further catch-up firing to show
        Thread.sleep(JobStore.IDLE_WAIT.toMillis() + 1_000);

        List<JobRun> runs = daemon.store().runs().all().stream().filter(r -> r.job().equals("xiaomi")).toList();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).scheduledAt().orElseThrow()).isAfterOrEqualTo(restart.minusSeconds(1));
    }
}
