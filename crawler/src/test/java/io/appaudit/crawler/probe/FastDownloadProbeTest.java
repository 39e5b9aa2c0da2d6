package io.appaudit.crawler.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.CheckKeys;
import io.appaudit.crawler.config.Settings;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.listing.DeliveredPackageCheck;
import io.appaudit.indexer.checks.listing.FastDownloadCheck;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.tencent.TencentAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, end to end short of Elasticsearch: the 应用宝 listing whose a.app.qq.com page offers "高速下载" to the
 * installer next to "普通下载" (the stores module's fixtures), its controls probed over WireMock, then M1 and M2.
 */
class FastDownloadProbeTest {

    private static final Path FIXTURES = Path.of("..", "stores", "src", "test", "resources", "tencent");
    private static final String PKG = "com.eg.android.AlipayGphone";
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    Path dir;
    private WireMockServer wm;
    private WarcArchive archive;
    private FetchClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        // the installer host and the APK host, as their HEAD answers: an APK of some size
        wm.stubFor(any(urlPathMatching("/(microdown\\.myapp\\.com|imtt\\.dd\\.qq\\.com)/.*\\.apk")).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.android.package-archive")
                        .withHeader("Content-Length", "171332117")));
        AppauditConfig config = TestConfigs.config(dir, TestConfigs.local(wm.baseUrl()));
        archive = new WarcArchive(dir.resolve("warc"), config.fetch().warcMaxSize());
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        config.stores().forEach((id, s) -> delays.put(id, s.delay()));
        client = new FetchClient(config.fetch(), config.stores(), Map.of(), archive, new Politeness(delays));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        archive.close();
        wm.stop();
    }

    private static StoreResponse page(String url, String fixture, boolean withoutButtons) throws IOException {
        String text = Files.readString(FIXTURES.resolve(fixture));
        if (withoutButtons) {
            text = text.replaceAll("<a class=\"DownloadBtn_[^\"]*\" href=\"[^\"]*\">[^<]*</a>", "")
                    .replaceAll(",\"yybDownload\":\\{[^}]*\\}", "");
        }
        return new StoreResponse(url, 200, Map.of("Content-Type", "text/html; charset=utf-8"),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), AT);
    }

    private ListingDocument probedListing() throws IOException {
        TencentAdapter adapter = new TencentAdapter();
        AppRef app = AppRef.of(StoreId.TENCENT, PKG);
        List<String> urls = adapter.listingRequests(app).stream().map(r -> r.url()).toList();
        ListingResult r = adapter.parseListing(app, List.of(
                page(urls.get(0), "appdetail-com.eg.android.AlipayGphone.html", true),
                page(urls.get(1), "a.app.qq.com-simple.jsp-fast-download.html", false)));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        Prober.Report report = new Prober(client).probe(adapter, ((ListingResult.Listed) r).listing());
        return ListingDocuments.snapshot(r, "run-1", AT, Optional.empty(), false).withProbes(report.probes());
    }

    @Test
    void raisesM2ForTheHighSpeedControlThatDeliversTheInstaller() throws IOException {
        ListingDocument doc = probedListing();
        CheckContext context = CheckContext.load(CheckKeys.from(Settings.of(Map.of()), "checks"));

        Outcome m2 = new FastDownloadCheck().evaluate(doc, context);

        assertThat(m2.failed()).as(m2.toString()).isTrue();
        assertThat(m2.values()).containsEntry("label", "高速下载")
                .containsEntry("delivered_package", "com.tencent.android.qqdownloader");
        wm.verify(1, headRequestedFor(urlPathMatching("/microdown\\.myapp\\.com/.*")));
    }

    @Test
    void leavesM1ToTheAppsOwnDownloadsWhichDeliverTheApp() throws IOException {
        ListingDocument doc = probedListing();
        CheckContext context = CheckContext.load(CheckKeys.from(Settings.of(Map.of()), "checks"));

        Outcome m1 = new DeliveredPackageCheck().evaluate(doc, context);

        assertThat(m1.evaluated()).as(m1.toString()).isTrue();
        assertThat(m1.failed()).as(m1.toString()).isFalse();
    }
}
