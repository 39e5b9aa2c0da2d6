package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code appaudit lookup}: the answers on standard output, as a table or JSON, from a local Xiaomi and vivo. */
@WireMockTest
class LookupCommandTest {

    @TempDir
    Path dir;
    private CrawlHarness crawl;
    private WireMock wm;

    @BeforeEach
    void start(WireMockRuntimeInfo info) {
        crawl = new CrawlHarness(dir.resolve("data"), info.getHttpBaseUrl(), "lookup-command");
        wm = info.getWireMock();
        wm.register(WireMock.get(WireMock.urlPathEqualTo("/app.mi.com/details"))
                .withQueryParam("id", WireMock.equalTo("com.tencent.mm"))
                .willReturn(WireMock.ok(XiaomiSite.fixture("/xiaomi/details-2025.html"))
                        .withHeader("Content-Type", "text/html; charset=utf-8")));
        wm.register(WireMock.get(WireMock.urlPathEqualTo("/h5-api.appstore.vivo.com.cn/h5appstore/search/result-list"))
                .willReturn(WireMock.okJson(XiaomiSite.fixture("/vivo/vivo-search.fixture.json"))));
    }

    @AfterEach
    void stop() {
        crawl.close();
    }

    private Cli.Run run(String... args) throws Exception {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir",
                dir.resolve("data").toString(), "lookup"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void printsOnlyJsonWithEachStoresAnswerOnStandardOutput() throws Exception {
        Cli.Run r = run("com.tencent.mm", "--store", "xiaomi,vivo", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode stores = json.get(0).path("stores");
        assertThat(stores.get(0).path("store").asText()).isEqualTo("xiaomi");
        assertThat(stores.get(0).path("status").asText()).isEqualTo("listed");
        assertThat(stores.get(0).path("evidence").asText()).startsWith("<urn:uuid:");
        assertThat(stores.get(1).path("status").asText()).isEqualTo("not_found_by_search");
        assertThat(stores.get(1).path("queries")).extracting(JsonNode::asText).contains("微信", "com.tencent.mm");
        assertThat(stores.get(1).path("developer").isNull()).isTrue();
    }

    @Test
    void showsANameMatchItsConfidenceAndTheStoresSideBySide() throws Exception {
        Path file = dir.resolve("apps.csv");
        Files.writeString(file, "name,developer\nExample App,Example Labs\n", StandardCharsets.UTF_8);
        wm.register(WireMock.get(WireMock.urlPathEqualTo("/h5-api.appstore.vivo.com.cn/detail/12345"))
                .willReturn(WireMock.okJson(XiaomiSite.fixture("/vivo/vivo-detail.fixture.json"))));
        Cli.Run r = run("--file", file.toString(), "--store", "vivo");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Example App / Example Labs  →  org.example.app")
                .contains("match: high (org.example.app)")
                .containsPattern("vivo\\s+listed\\s+Example Labs\\s+3\\.1\\.0\\s+2026-09-28");
    }

    @Test
    void failsWhenNoStoreCouldTellAnything() throws Exception {
        Cli.Run r = run("com.tencent.mm", "--store", "oppo");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("could not tell").contains("stores.oppo.signing");
    }
}
