package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial OPPO signing set-up (only {@code stores.oppo.signing.oak}, no key or constant in the environment) stops
 * only what crawls OPPO, through the real command line.
 */
class PartialStoreSettingsTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 10, 10);
        crawl = new CrawlHarness(dir.resolve("data"), wm.baseUrl(), "partialoppo");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        crawl.settings.put("stores.oppo.signing.oak", "oak-only");
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    private Cli.Run run(String... args) throws IOException {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir",
                dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void crawlingAnotherStoreRuns() throws IOException {
        Cli.Run r = run("crawl", "--store", "xiaomi", "--max-apps", "2", "--no-probes");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("xiaomi\\s+completed");
    }

    @Test
    void crawlingOppoFailsNamingWhatIsMissingAndWhatToDo() throws IOException {
        Cli.Run r = run("crawl", "--store", "oppo", "--no-probes");
        assertThat(r.exitCode()).isOne();
        assertThat(r.err()).contains("OPPO signing is set up only in part")
                .contains("stores.oppo.signing.ocs", "stores.oppo.signing.device-id",
                        AppauditConfig.OPPO_SIGN_KEY, AppauditConfig.OPPO_SIGN_CONSTANT)
                .contains("supply the missing ones, or remove the others")
                .doesNotContain("Exception");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void anAllStoreCrawlFailsOnItsOppoPartBeforeFetchingAnything() throws IOException {
        Cli.Run r = run("crawl", "--no-probes");
        assertThat(r.exitCode()).isOne();
        assertThat(r.err()).contains("OPPO signing is set up only in part");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void checkRatesAndReportRunOverWhatWasCrawled() throws IOException {
        assertThat(run("crawl", "--store", "xiaomi", "--max-apps", "2", "--no-probes").exitCode()).isZero();
        String quarter = Quarter.of(Instant.now()).toString();
        Cli.Run check = run("check", "--quarter", quarter);
        assertThat(check.exitCode()).as(check.err()).isZero();
        Cli.Run rates = run("rates", "--quarter", quarter);
        assertThat(rates.exitCode()).as(rates.err()).isZero();
        assertThat(rates.out()).contains("xiaomi");
        Cli.Run report = run("report", "--quarter", quarter, "--out", dir.resolve("report").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(dir.resolve("report").resolve("report.html")).isRegularFile();
    }
}
