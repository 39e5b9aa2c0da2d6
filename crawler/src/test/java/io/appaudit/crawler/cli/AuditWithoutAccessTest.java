package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appaudit audit} where no store can be reached (one name does not resolve, one port refuses): it fails
 * within seconds, says why per store, and writes a report whose first lines say the crawl failed.
 */
class AuditWithoutAccessTest {

    @TempDir
    static Path dir;
    private static WireMockServer wm;
    private static CrawlHarness crawl;
    private static Cli.Run run;
    private static int refusingPort;
    private static long seconds;

    @BeforeAll
    static void auditStoresThatCannotBeReached() throws IOException {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 6, 20);
        try (ServerSocket s = new ServerSocket(0)) {
            refusingPort = s.getLocalPort();
        }
        crawl = new CrawlHarness(dir.resolve("data"), wm.baseUrl(), "audit-no-access");
        crawl.settings.put("fetch.endpoint-overrides", List.of("https://app.mi.com=http://app-mi.appaudit.invalid",
                "https://h5-api.appstore.vivo.com.cn=http://127.0.0.1:" + refusingPort));
        crawl.settings.put("stores.vivo.keywords", List.of("天气", "新闻", "工具", "音乐", "视频", "游戏"));
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        long started = System.nanoTime();
        run = Cli.run("--config", config.toString(), "--data-dir", dir.resolve("data").toString(), "audit",
                "--store", "xiaomi,vivo", "--no-probes", "--out", dir.resolve("report").toString());
        seconds = (System.nanoTime() - started) / 1_000_000_000L;
    }

    @AfterAll
    static void stop() {
        crawl.close();
        wm.stop();
    }

    @Test
    void exitsWithOneAndSaysWhyPerStoreOnStandardError() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("The crawl failed: no store delivered a listing, so nothing was audited.")
                .contains("xiaomi: unreachable: app-mi.appaudit.invalid does not resolve from here")
                .contains("vivo: unreachable: connection to 127.0.0.1:" + refusingPort + " refused")
                .contains("Run './appaudit demo' to see what the tool does without access to the stores.");
    }

    @Test
    void summaryShowsEveryStoreUnhealthyWithItsReason() {
        assertThat(run.out()).containsPattern("xiaomi\\s+failed .* NO\\s+unreachable: app-mi.appaudit.invalid")
                .containsPattern("vivo\\s+failed .* NO\\s+unreachable: connection to 127.0.0.1");
    }

    @Test
    void takesSecondsNotMinutes() {
        // the crawl stops within seconds; starting, checking and writing the report take the rest
        assertThat(seconds).isLessThan(60);
    }

    @Test
    void reportJsonSaysFirstThatTheCrawlFailedAndWhyPerStore() throws IOException {
        String text = Files.readString(dir.resolve("report").resolve("report.json"));
        assertThat(text.lines().limit(4).toList()).containsExactly("{", "  \"crawl\" : {", "    \"failed\" : true,",
                "    \"summary\" : \"The crawl failed: no app was audited, so this report has no rates. Why, per store: "
                        + "see below. Without access to the stores, \\u0027./appaudit demo\\u0027 shows what the tool "
                        + "does.\",");
        JsonNode stores = new ObjectMapper().readTree(text).path("crawl").path("stores");
        assertThat(stores).extracting(s -> s.path("store").asText() + " " + s.path("healthy").asBoolean())
                .containsExactly("xiaomi false", "vivo false");
        assertThat(stores.get(0).path("reason").asText()).contains("app-mi.appaudit.invalid does not resolve");
        assertThat(stores.get(1).path("reason").asText()).contains("refused");
    }

    @Test
    void reportHtmlOpensWithTheFailureAndFillsTheCrawlHealthTable() throws IOException {
        String html = Files.readString(dir.resolve("report").resolve("report.html"));
        int banner = html.indexOf("<section id=\"crawl-status\"");
        assertThat(banner).isPositive().isLessThan(html.indexOf("<section id=\"headline\""));
        String status = html.substring(banner, html.indexOf("</section>", banner));
        assertThat(status).contains("The crawl failed").contains("no app was audited")
                .contains("app-mi.appaudit.invalid does not resolve from here").contains("./appaudit demo");
        String health = html.substring(html.indexOf("Table 5.2"));
        health = health.substring(0, health.indexOf("</table>"));
        assertThat(health).contains("小米").contains("vivo").contains("unhealthy")
                .doesNotContain("no crawl run recorded");
    }
}
