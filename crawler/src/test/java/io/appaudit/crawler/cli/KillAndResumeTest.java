package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.crawler.XiaomiSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillAndResumeTest {

    private static final int APPS = 30;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;
    private Path config;
    private Path log;

    @BeforeEach
    void start() throws Exception {
        site = XiaomiCrawl.start(dir.resolve("data"), APPS, 5, "resume");
        wm = site.wm();
        crawl = site.crawl();
        crawl.settings.put("stores.xiaomi.delay", "100ms");
        config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        log = dir.resolve("crawl.log");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private long detailsServed() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/app.mi.com/details"))).size();
    }

    @Test
    void aCrawlKilledWithSigkillResumesWithNoListingLostOrDuplicated() throws Exception {
        Process first = CliProcess.start(log, "--config", config.toString(), "--data-dir",
                dir.resolve("data").toString(), "crawl", "--store", "xiaomi",
                "--no-probes");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (detailsServed() < APPS / 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the first crawl is still running (log: %s)", Files.readString(log)).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isNotZero();
        long servedBeforeKill = detailsServed();
        assertThat(servedBeforeKill).isLessThan(APPS);

        Process second = CliProcess.start(log, "--config", config.toString(), "--data-dir",
                dir.resolve("data").toString(), "crawl", "--store", "xiaomi",
                "--no-probes", "--resume");
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as("resumed crawl exit code (log: %s)", Files.readString(log)).isZero();

        List<JsonNode> docs = crawl.snapshots();
        assertThat(docs).hasSize(APPS);
        assertThat(docs.stream().map(d -> d.path("package").asText()).distinct()).hasSize(APPS);
        assertThat(docs.stream().map(d -> d.path("run_id").asText()).distinct()).hasSize(1);
        // only a page in flight at the kill may be asked for twice; every other answer is read back from the WARC
        long repeated = 0;
        for (int i = 0; i < APPS; i++) {
            long n = wm.findAll(getRequestedFor(urlPathEqualTo("/app.mi.com/details"))
                    .withQueryParam("id", equalTo(XiaomiSite.pkg(i)))).size();
            assertThat(n).isPositive();
            repeated += n - 1;
        }
        assertThat(repeated).isLessThanOrEqualTo(1);
    }
}
