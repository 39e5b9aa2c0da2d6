package io.appaudit.crawler.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.xiaomi.XiaomiAdapter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes remember what they followed for the run and honour robots.txt on the hosts they go to (issue 19). */
class ProberTest {

    private static final String SITE = "https://www.example-dev.cn/";
    private static final String PRIVACY = "https://www.example-dev.cn/legal/privacy.html";
    private static final String APK = "https://dl.example-cdn.cn/apk/com.example.notes.apk";
    private static final StoreAdapter XIAOMI = new XiaomiAdapter();

    @TempDir
    Path dir;
    private WireMockServer wm;
    private WarcArchive archive;
    private FetchClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        wm.stubFor(any(urlPathMatching("/.*")).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><body>ok</body></html>")));
        wm.stubFor(any(urlPathMatching("/dl\\.example-cdn\\.cn/apk/.*")).atPriority(5).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/vnd.android.package-archive")
                .withHeader("Content-Length", "12345678")));
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

    private static Listing listing(String pkg) {
        return Listing.builder(StoreId.XIAOMI, pkg, pkg).sourceUrl("https://app.mi.com/details?id=" + pkg)
                .fetchedAt(Instant.parse("2026-12-07T02:00:00Z")).name("笔记").website(SITE).privacyPolicyUrl(PRIVACY)
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "直接下载", APK).build();
    }

    private static ListingDocument.Probe probe(Prober.Report r, String kind) {
        return r.probes().stream().filter(p -> p.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void followsTheDeveloperPagesAndDownloadThatListingsShareOncePerRun() {
        ProbeMemory memory = new ProbeMemory(client);
        Prober first = new Prober(client, memory, false);
        Prober second = new Prober(client, memory, false);

        Prober.Report a = first.probe(XIAOMI, listing("com.example.notes"));
        Prober.Report b = second.probe(XIAOMI, listing("com.example.notes.lite"));
        Prober.Report c = first.probe(XIAOMI, listing("com.example.notes.pro"));

        wm.verify(1, getRequestedFor(urlPathEqualTo("/www.example-dev.cn/")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/www.example-dev.cn/legal/privacy.html")));
        wm.verify(1, headRequestedFor(urlPathEqualTo("/dl.example-cdn.cn/apk/com.example.notes.apk")));
        assertThat(a.requests()).isEqualTo(3);
        assertThat(b.requests()).isZero();
        assertThat(c.requests()).isZero();
        assertThat(b.probes()).isEqualTo(a.probes());
        assertThat(probe(c, Prober.WEBSITE).status()).isEqualTo(200);
        assertThat(probe(c, Prober.DOWNLOAD).deliveredPackage()).isEqualTo("com.example.notes");
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfAnswers() {
        ProbeMemory memory = new ProbeMemory(client, 2);
        Prober prober = new Prober(client, memory, false);

        prober.probe(XIAOMI, listing("com.example.notes"));
        assertThat(memory.followed().size()).isEqualTo(2);
        prober.probe(XIAOMI, listing("com.example.notes"));

        // three links cycled through room for two: each is gone when it is asked for again
        wm.verify(2, headRequestedFor(urlPathEqualTo("/dl.example-cdn.cn/apk/com.example.notes.apk")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/www.example-dev.cn/")));
        assertThat(memory.followed().size()).isEqualTo(2);
    }

    @Test
    void doesNotFollowALinkThatTheHostsRobotsTxtDisallowsAndSaysWhy() {
        wm.stubFor(get(urlPathEqualTo("/www.example-dev.cn/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /legal/\n")));
        wm.stubFor(get(urlPathEqualTo("/dl.example-cdn.cn/robots.txt")).willReturn(aResponse().withStatus(404)));
        Prober prober = new Prober(client, new ProbeMemory(client), true);

        Prober.Report r = prober.probe(XIAOMI, listing("com.example.notes"));

        ListingDocument.Probe privacy = probe(r, Prober.PRIVACY_POLICY);
        assertThat(privacy.error()).isEqualTo("disallowed by robots.txt");
        assertThat(privacy.status()).isNull();
        // inconclusive: the checks that read the link (R4, Z4) are unknown, never failed
        assertThat(privacy.failedOnOurSide()).isTrue();
        assertThat(probe(r, Prober.WEBSITE).status()).isEqualTo(200);
        assertThat(probe(r, Prober.DOWNLOAD).status()).isEqualTo(200);
        wm.verify(0, anyRequestedFor(urlPathEqualTo("/www.example-dev.cn/legal/privacy.html")));
    }

    @Test
    void readsEachHostsRobotsTxtOncePerRun() {
        wm.stubFor(get(urlPathEqualTo("/www.example-dev.cn/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /private/\n")));
        ProbeMemory memory = new ProbeMemory(client);

        Prober.Report a = new Prober(client, memory, true).probe(XIAOMI, listing("com.example.notes"));
        new Prober(client, memory, true).probe(XIAOMI, listing("com.example.notes.lite"));

        wm.verify(1, getRequestedFor(urlPathEqualTo("/www.example-dev.cn/robots.txt")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/dl.example-cdn.cn/robots.txt")));
        // two robots.txt, two pages and a download
        assertThat(a.requests()).isEqualTo(5);
    }

    @Test
    void appliesTheRulesWrittenForOurUserAgentName() {
        wm.stubFor(get(urlPathEqualTo("/dl.example-cdn.cn/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nAllow: /\n\nUser-agent: appaudit\nDisallow: /apk/\n")));

        Prober.Report r = new Prober(client, new ProbeMemory(client), true).probe(XIAOMI, listing("com.example.notes"));

        assertThat(probe(r, Prober.DOWNLOAD).error()).isEqualTo("disallowed by robots.txt");
        assertThat(probe(r, Prober.DOWNLOAD).deliveredPackage()).isNull();
        wm.verify(0, headRequestedFor(urlPathMatching("/dl\\.example-cdn\\.cn/apk/.*")));
    }

    @Test
    void readsNoRobotsTxtWhereTheStoresCrawlDoesNotHonourIt() {
        wm.stubFor(get(urlPathMatching("/[^/]+/robots\\.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /\n")));

        Prober.Report r = new Prober(client, new ProbeMemory(client), false).probe(XIAOMI, listing("com.example.notes"));

        wm.verify(0, getRequestedFor(urlPathMatching("/[^/]+/robots\\.txt")));
        assertThat(r.probes()).allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
    }
}
