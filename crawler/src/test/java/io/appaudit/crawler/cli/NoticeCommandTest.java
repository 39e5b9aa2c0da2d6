package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appaudit notice}: a batch imported, then followed over two look-ups while a store removes an app. */
@WireMockTest
class NoticeCommandTest {

    @TempDir
    Path dir;
    private CrawlHarness crawl;
    private WireMock wm;

    @BeforeEach
    void start(WireMockRuntimeInfo info) {
        crawl = new CrawlHarness(dir.resolve("data"), info.getHttpBaseUrl(), "notice-command");
        wm = info.getWireMock();
    }

    @AfterEach
    void stop() {
        crawl.close();
    }

    private Cli.Run run(String... args) throws Exception {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir",
                dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private void xiaomi(String fixture) {
        wm.register(WireMock.get(WireMock.urlPathEqualTo("/app.mi.com/details"))
                .withQueryParam("id", WireMock.equalTo("com.tencent.mm"))
                .willReturn(WireMock.ok(XiaomiSite.fixture(fixture))
                        .withHeader("Content-Type", "text/html; charset=utf-8")));
    }

    @Test
    void followsABatchFromListedToRemovedWithTheDateItWasSeenGone() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name,developer\n"
                + "b-2026-11,2026-11-20,2026-11-30,com.tencent.mm,微信,\n", StandardCharsets.UTF_8);
        Cli.Run imported = run("notice", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported batch b-2026-11: 1 apps");

        xiaomi("/xiaomi/details-2025.html");
        Cli.Run first = run("notice", "status", "b-2026-11", "--store", "xiaomi");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("xiaomi\\s+still listed\\s+since \\d{4}-\\d\\d-\\d\\d");

        wm.resetMappings();
        xiaomi("/xiaomi/details-unknown-package.html");
        Cli.Run second = run("notice", "status", "--store", "xiaomi");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("batch b-2026-11").containsPattern("xiaomi\\s+removed\\s+since ");
    }

    @Test
    void refusesAFileRowWithoutPackageOrNameNamingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name\n"
                + "b1,2026-11-20,2026-11-30,,\n", StandardCharsets.UTF_8);
        Cli.Run r = run("notice", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("line 2").contains("package or a name");
    }
}
