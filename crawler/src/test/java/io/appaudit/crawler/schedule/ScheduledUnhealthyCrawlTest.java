package io.appaudit.crawler.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled crawl that completed without delivering what it should is recorded as a failed job run. */
class ScheduledUnhealthyCrawlTest {

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
    void aCrawlThatDeliveredNoListingIsAFailedJobRunWithTheReason() throws Exception {
        world = new ScheduleWorld(dir.resolve("data"), "unhealthy", 3, StoreId.XIAOMI);
        world.settings.put("stores.xiaomi.schedule", "0/3 * * * * ?");
        // the lists answer; every details page has its connection reset
        world.replay.stubFor(get(urlPathEqualTo("/app.mi.com/details")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        daemon = ScheduleDaemon.start(world.config(), world.checks());

        List<JobRun> runs = ScheduleWorld.awaitRuns(daemon.store(), ScheduleWorld.ended("xiaomi",
                CrawlRunOutcome.FAILED.value(), 1), Duration.ofSeconds(90));

        JobRun run = runs.stream().filter(r -> r.job().equals("xiaomi")
                && r.outcome().orElse("").equals(CrawlRunOutcome.FAILED.value())).findFirst().orElseThrow();
        assertThat(run.detail().orElseThrow()).contains("0 listings")
                .contains("unhealthy: no listings: discovery found 3 apps and none was delivered");
        JsonNode doc = world.crawlRuns().stream()
                .filter(d -> d.path("run_id").asText().equals(run.runId().orElseThrow())).findFirst().orElseThrow();
        assertThat(doc.path("outcome").asText()).isEqualTo("completed");
        assertThat(doc.path("healthy").asBoolean(true)).isFalse();
        assertThat(doc.path("health_reason").asText()).startsWith("no listings");
    }
}
