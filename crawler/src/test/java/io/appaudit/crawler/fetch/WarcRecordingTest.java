package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcRecordingTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        fetch = new FetchHarness(dir, TestConfigs.local(wm.baseUrl()));
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    @Test
    void keepsTheGzipBytesAsSentAndTheirDigest() throws Exception {
        byte[] zipped = FetchLimitsTest.gzip("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        wm.stubFor(get(urlPathEqualTo("/h5-api.appstore.vivo.com.cn/detail/1"))
                .willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(zipped)));
        Exchange e = fetch.get(StoreId.VIVO, "https://h5-api.appstore.vivo.com.cn/detail/1");
        CapturedExchange c = fetch.archive.read(StoreId.VIVO, e.evidence().orElseThrow()).orElseThrow();
        assertThat(c.payload()).isEqualTo(zipped);
        assertThat(c.payloadSha256()).isEqualTo(e.evidence().orElseThrow().payloadSha256());
        assertThat(new String(c.decodedBody(1 << 20), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
    }

    @Test
    void recordsTheRequestAsSentWithItsUserAgent() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/x")).willReturn(aResponse().withBody("x")));
        Exchange e = fetch.get(StoreId.XIAOMI, "https://app.mi.com/x");
        CapturedExchange c = fetch.archive.read(StoreId.XIAOMI, e.evidence().orElseThrow()).orElseThrow();
        assertThat(c.request()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("GET /app.mi.com/x HTTP/1.1").contains("User-Agent: appaudit/")
                .contains("Accept-Encoding: gzip"));
        assertThat(c.targetUrl()).startsWith(wm.baseUrl());
        assertThat(c.canonicalUrl()).contains("https://app.mi.com/x");
    }

    @Test
    void recordsAPostWithItsBody() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/yybadaccess.3g.qq.com/v2/list")).willReturn(aResponse().withBody("[]")));
        StoreRequest r = StoreRequest.post(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                "https://yybadaccess.3g.qq.com/v2/list", Map.of("Content-Type", "application/json"),
                "{\"offset\":0}".getBytes(StandardCharsets.UTF_8));
        Exchange e = fetch.client.execute(CallContext.store(r, 1 << 20, Optional.empty()));
        CapturedExchange c = fetch.archive.read(StoreId.TENCENT, e.evidence().orElseThrow()).orElseThrow();
        assertThat(c.request()).hasValueSatisfying(req -> assertThat(req).startsWith("POST ")
                .contains("Content-Type: application/json").endsWith("{\"offset\":0}"));
    }
}
