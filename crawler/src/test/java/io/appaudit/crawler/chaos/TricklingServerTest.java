package io.appaudit.crawler.chaos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.CallTimeoutException;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers that trickle bytes: fetch.call-timeout bounds the whole exchange, headers included, the exchange is not
 * retried, and a probe our deadline cut says nothing against the store (no Z3 dead download, no R4 dead privacy
 * link).
 */
class TricklingServerTest {

    @TempDir
    Path dir;

    @Test
    void aTricklingDetailsPageIsCutAtTheCallTimeoutAndNotAskedAgain() throws IOException {
        try (ChaosStore store = new ChaosStore(6, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-trickle")) {
            store.detailsReply(2, aResponse().withHeader("Content-Type", "text/html")
                    .withBody(XiaomiSite.fixture("/xiaomi/details-2025.html")).withChunkedDribbleDelay(30, 30_000));
            crawl.settings().put("fetch.call-timeout", "1s");
            long started = System.nanoTime();
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(o.counts().get(Count.ERRORS)).isEqualTo(1);
            assertThat(store.detailRequests()).isEqualTo(6);
            // the page trickles for 30 s: a run that waited for it could not end within 20 s, however busy the machine
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            Set<String> served = store.servedListings();
            served.remove(XiaomiSite.pkg(2));
            Tally tally = Tally.of(crawl.snapshots(), List.of(served));
            assertThat(tally.missing()).isEmpty();
            Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
            ChaosTable.record(tally.row("store page trickles its body (30 s)",
                    "completed; cut at call-timeout (1 s), not retried, 1 error", falseFindings.size()));
            assertThat(falseFindings).isEmpty();
        }
    }

    @Test
    void trickledHeadersAreCutAtTheCallTimeoutThoughNoReadTimesOut() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread trickler = new Thread(() -> trickleHeaders(server), "chaos-trickler");
            trickler.setDaemon(true);
            trickler.start();
            Map<String, Object> settings = TestConfigs.local("http://127.0.0.1:" + server.getLocalPort());
            settings.put("fetch.call-timeout", "1500ms");
            settings.put("fetch.read-timeout", "5s");
            AppauditConfig config = TestConfigs.config(dir, settings);
            Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
            config.stores().forEach((id, s) -> delays.put(id, s.delay()));
            try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), config.fetch().warcMaxSize());
                 FetchClient client = new FetchClient(config.fetch(), config.stores(), Map.of(), archive,
                         new Politeness(delays))) {
                long started = System.nanoTime();
                assertThatThrownBy(() -> client.execute(CallContext.store(StoreRequest.get(StoreId.VIVO,
                        StoreRequest.Purpose.LISTING, "https://h5-api.appstore.vivo.com.cn/detail/1"),
                        config.fetch().maxBodySize(), Optional.empty())))
                        .isInstanceOf(CallTimeoutException.class).hasMessageContaining("fetch.call-timeout");
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void probesOurDeadlineCutCountNeitherAsDeadDownloadsNorAsDeadPrivacyLinks() throws Exception {
        try (ChaosStore store = new ChaosStore(4, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-trickle-probes")) {
            // the download CDN keeps silent past the deadline (within the read timeout); the privacy page trickles
            store.wm.stubFor(any(urlPathMatching("/f5\\.market\\.xiaomi\\.com/download/.*")).atPriority(1)
                    .willReturn(aResponse().withHeader("Content-Type", "application/vnd.android.package-archive")
                            .withBody(new byte[1024]).withFixedDelay(2_500)));
            store.wm.stubFor(get(urlPathEqualTo("/weixin.qq.com/cgi-bin/readtemplate")).atPriority(1)
                    .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<h1>隐私政策</h1>"
                            .repeat(50)).withChunkedDribbleDelay(20, 2_500)));
            crawl.settings().put("fetch.call-timeout", "700ms");
            List<Set<String>> servedPerRun = new ArrayList<>();
            crawl.crawl(true);
            servedPerRun.add(store.servedListings());
            Thread.sleep(1_100);
            store.forgetRequests();
            crawl.crawl(true);
            servedPerRun.add(store.servedListings());

            Set<String> findings = crawl.problemFindings();
            assertThat(findings).noneMatch(f -> f.startsWith("Z3 ") || f.startsWith("R4 ") || f.startsWith("Z4 "));
            List<JsonNode> snapshots = crawl.snapshots();
            assertThat(snapshots).allSatisfy(s -> assertThat(s.path("probes"))
                    .filteredOn(p -> !p.path("kind").asText().equals("website"))
                    .isNotEmpty().allSatisfy(p -> {
                        assertThat(p.path("error").asText()).contains("fetch.call-timeout");
                        assertThat(p.path("inconclusive").asBoolean()).isTrue();
                    }));
            Tally tally = Tally.of(snapshots, servedPerRun);
            assertThat(tally.missing()).isEmpty();
            Set<String> falseFindings = Baseline.falseFindings(findings);
            ChaosTable.record(tally.row("download and privacy servers trickle (probes, 2 runs)",
                    "completed; probes cut at call-timeout marked inconclusive", falseFindings.size()));
            assertThat(falseFindings).isEmpty();
        }
    }

    /** Answers every connection with a status line, then one header byte every 300 ms, forever. */
    private static void trickleHeaders(ServerSocket server) {
        try {
            while (!server.isClosed()) {
                Socket s = server.accept();
                Thread t = new Thread(() -> {
                    try (s; OutputStream out = s.getOutputStream()) {
                        out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        for (int i = 0; i < 200; i++) {
                            out.write('X');
                            out.flush();
                            Thread.sleep(300);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the client gave up: what the test wants
                    }
                }, "chaos-trickle-connection");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException e) {
            // the server socket closed at the end of the test
        }
    }
}
