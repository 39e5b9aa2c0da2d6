package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.stores.StoreId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceCommandTest {

    private Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;
    private Path config;
    private JsonNode snapshot;

    @BeforeAll
    void crawlOnce(@TempDir Path tmp) throws Exception {
        dir = tmp;
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 2, 10);
        crawl = new CrawlHarness(dir.resolve("data"), wm.baseUrl(), "evidence");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false));
        snapshot = crawl.snapshots().stream().filter(d -> d.path("package").asText().equals(XiaomiSite.pkg(0)))
                .findFirst().orElseThrow();
        config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
    }

    @AfterAll
    void stop() {
        crawl.close();
        wm.stop();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run evidence(String target) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("--config", config.toString(), "--data-dir", dir.resolve("data").toString(),
                "evidence", target);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsTheExchangeBehindASnapshotAndConfirmsItsDigest() {
        Run r = evidence(snapshot.path("snapshot_id").asText());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("matches the listing's evidence").contains("== request")
                .contains("GET /app.mi.com/details?id=" + XiaomiSite.pkg(0)).contains("HTTP 200")
                .contains("<h3 style=\"margin-top: 18px\">示例应用0</h3>");
    }

    @Test
    void findsTheLatestCaptureOfAStoreUrlInTheWarcFiles() {
        Run r = evidence(snapshot.path("source_url").asText());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(snapshot.path("evidence").path("record_id").asText());
    }

    @Test
    void findsARecordById() {
        Run r = evidence(snapshot.path("evidence").path("record_id").asText());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ETag: \"" + XiaomiSite.pkg(0) + "-v1");
    }

    @Test
    void failsNamingWhatItLookedFor() {
        Run r = evidence("com.example.nowhere");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("No listing snapshot with id or store app id 'com.example.nowhere'");
    }
}
