package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CrawlCommandTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 10, 10);
        crawl = new CrawlHarness(dir.resolve("data"), wm.baseUrl(), "command");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    private int run(StringWriter out, String... args) throws Exception {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "--data-dir";
        all[3] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return cl.execute(all);
    }

    @Test
    void crawlsAtMostMaxAppsAndPrintsASummary() throws Exception {
        StringWriter out = new StringWriter();
        int exit = run(out, "crawl", "--store", "xiaomi", "--max-apps", "3", "--no-probes");
        assertThat(exit).as(out.toString()).isZero();
        wm.verify(3, getRequestedFor(urlPathEqualTo("/app.mi.com/details")));
        assertThat(out.toString()).containsPattern("xiaomi\\s+completed\\s+4\\s+3\\s");
        // the saturation table (standard error): one category list of 10 apps on one page, walked to its end
        assertThat(out.toString()).containsPattern("xiaomi\\s+category\\s+1\\s+1\\s+0\\s+0\\s+10\\s+1\\n");
    }

    @Test
    void storesEachListingWithItsCheckOutcomes() throws Exception {
        int exit = run(new StringWriter(), "crawl", "--store", "xiaomi", "--max-apps", "2", "--no-probes");
        assertThat(exit).isZero();
        assertThat(crawl.snapshots()).hasSize(2).allSatisfy(d -> {
            assertThat(d.has("flagged")).isTrue();
            assertThat(d.path("checks_passed").size() + d.path("checks_failed").size()
                    + d.path("checks_unknown").size()).isPositive();
        });
    }

    @Test
    void exitsWithOneWhenAStoreFailed() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).atPriority(1).willReturn(aResponse().withStatus(403)));
        crawl.settings.put("fetch.block-after", "2");
        StringWriter out = new StringWriter();
        int exit = run(out, "crawl", "--store", "xiaomi", "--no-probes");
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("blocked: 2 consecutive 403");
    }

    @Test
    void exitsWithOneAndSaysTheDetailEndpointIsGoneWhenEveryDetailAnswers404() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).atPriority(1).willReturn(aResponse().withStatus(404)));
        StringWriter out = new StringWriter();
        int exit = run(out, "crawl", "--store", "xiaomi", "--no-probes");
        assertThat(exit).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("xiaomi: detail endpoint answers 404/410 for 10 of 10 apps the lists show")
                .containsPattern("xiaomi\\s+list: 2xx \\d+ \\| detail: 404/410 10 \\| supplement: none \\| probe: none "
                        + "\\| not listed: 10 answers not recorded");
        assertThat(crawl.snapshots()).noneMatch(d -> d.path("outcome").asText().equals("not_listed"));
    }
}
