package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchLimitsTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        Map<String, Object> c = TestConfigs.local(wm.baseUrl());
        c.put("fetch.max-body-size", "64kb");
        c.put("fetch.max-redirects", "2");
        fetch = new FetchHarness(dir, c);
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void refusesABodyOverTheSizeCap() {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/big")).willReturn(aResponse().withBody(new byte[100 * 1024])));
        assertThatThrownBy(() -> fetch.get(StoreId.XIAOMI, "https://app.mi.com/big"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("fetch.max-body-size");
    }

    @Test
    void refusesAGzipBodyThatInflatesPastTheCap() throws IOException {
        byte[] bomb = gzip(new byte[1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024);
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/bomb"))
                .willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(bomb)));
        assertThatThrownBy(() -> fetch.get(StoreId.XIAOMI, "https://app.mi.com/bomb"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("decoded body exceeds");
    }

    @Test
    void decodesGzipForTheAdapter() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/z"))
                .willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(gzip("你好".getBytes()))));
        Exchange e = fetch.get(StoreId.XIAOMI, "https://app.mi.com/z");
        assertThat(e.response().text()).isEqualTo("你好");
        assertThat(e.response().header("Content-Encoding")).isEmpty();
    }

    @Test
    void followsRedirectsAndRecordsTheChain() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/a")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/b")));
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/b")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://cdn.example.com/c.apk")));
        wm.stubFor(get(urlPathEqualTo("/cdn.example.com/c.apk")).willReturn(aResponse().withBody("apk")));
        Exchange e = fetch.get(StoreId.XIAOMI, "https://app.mi.com/a");
        assertThat(e.chain()).containsExactly("https://app.mi.com/a", "https://app.mi.com/b",
                "https://cdn.example.com/c.apk");
        assertThat(e.response().url()).isEqualTo("https://app.mi.com/a");
        assertThat(e.networkExchanges()).isEqualTo(3);
    }

    @Test
    void refusesMoreRedirectsThanTheLimit() {
        for (int i = 0; i < 4; i++) {
            wm.stubFor(get(urlPathEqualTo("/app.mi.com/r" + i)).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "/r" + (i + 1))));
        }
        assertThatThrownBy(() -> fetch.get(StoreId.XIAOMI, "https://app.mi.com/r0"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("more than 2 redirects");
    }
}
