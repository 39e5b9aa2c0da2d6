package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeCrawlTest {

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, 2, 10, "probe");
        wm = site.wm();
        crawl = site.crawl();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void followsTheDownloadButtonToTheFileItDeliversWithoutDownloadingIt() throws Exception {
        crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, true));
        JsonNode doc = crawl.snapshots().stream().filter(d -> d.path("package").asText().equals(XiaomiSite.pkg(0)))
                .findFirst().orElseThrow();
        List<JsonNode> downloads = new ArrayList<>();
        doc.path("probes").forEach(p -> {
            if (p.path("kind").asText().equals("download")) {
                downloads.add(p);
            }
        });
        assertThat(downloads).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("status").asInt()).isEqualTo(200);
            assertThat(p.path("final_url").asText()).endsWith("/" + XiaomiSite.pkg(0) + ".apk");
            assertThat(p.path("file_name").asText()).isEqualTo(XiaomiSite.pkg(0) + ".apk");
            assertThat(p.path("delivered_package").asText()).isEqualTo(XiaomiSite.pkg(0));
            assertThat(p.path("chain")).hasSize(2);
            // the APK is read by ranges only (docs/apk.md); this stub ignores Range, so it is cut off and said so
            assertThat(p.path("apk").path("status").asText()).isEqualTo("ranges_not_served");
        });
        wm.verify(0, getRequestedFor(urlPathMatching("/f5\\.market\\.xiaomi\\.com/.*")).withoutHeader("Range"));
        assertThat(wm.findAll(headRequestedFor(urlPathMatching("/f5\\.market\\.xiaomi\\.com/.*")))).isNotEmpty();
    }

    @Test
    void recordsThePrivacyPolicyLinksStatus() throws Exception {
        crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, true));
        JsonNode doc = crawl.snapshots().get(0);
        List<JsonNode> privacy = new ArrayList<>();
        doc.path("probes").forEach(p -> {
            if (p.path("kind").asText().equals("privacy_policy")) {
                privacy.add(p);
            }
        });
        assertThat(privacy).singleElement().satisfies(p -> {
            assertThat(p.path("status").asInt()).isEqualTo(200);
            assertThat(p.path("control_url").asText()).startsWith("https://weixin.qq.com/");
        });
        // both apps link the same policy: since issue 19 a run follows a link once (it was once per app)
        assertThat(wm.findAll(anyRequestedFor(urlPathMatching("/weixin\\.qq\\.com/.*")))).hasSize(1);
        assertThat(crawl.snapshots()).hasSize(2).allSatisfy(d -> assertThat(d.path("probes").findValuesAsText("kind"))
                .contains("privacy_policy"));
    }
}
