package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionalGetTest {

    private static final String URL = "https://app.mi.com/details?id=com.example";
    private static final String PATH = "/app.mi.com/details";

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;
    private final Validators validators = new Validators(new HashMap<>());

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("If-None-Match", absent())
                .willReturn(aResponse().withHeader("ETag", "\"v1\"").withHeader("Content-Type", "text/html")
                        .withBody("<h3>示例</h3>")));
        wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
        fetch = new FetchHarness(dir, TestConfigs.local(wm.baseUrl()));
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    @Test
    void asksAgainWithTheETagOfTheLastAnswer() throws Exception {
        fetch.get(StoreId.XIAOMI, URL, validators);
        fetch.get(StoreId.XIAOMI, URL, validators);
        wm.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("If-None-Match", equalTo("\"v1\"")));
    }

    @Test
    void readsA304BackFromTheEarlierCaptureWithItsEvidence() throws Exception {
        Exchange first = fetch.get(StoreId.XIAOMI, URL, validators);
        Exchange again = fetch.get(StoreId.XIAOMI, URL, validators);
        assertThat(again.notModified()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.response().text()).isEqualTo("<h3>示例</h3>");
        assertThat(again.evidence()).isEqualTo(first.evidence());
    }

    @Test
    void asksWithoutConditionsWhenTheEarlierCaptureIsGone() throws Exception {
        Exchange first = fetch.get(StoreId.XIAOMI, URL, validators);
        fetch.archive.close();
        Files.delete(fetch.archive.folder(StoreId.XIAOMI).resolve(first.evidence().orElseThrow().file()));
        Exchange again = fetch.get(StoreId.XIAOMI, URL, validators);
        assertThat(again.notModified()).isFalse();
        assertThat(again.response().text()).isEqualTo("<h3>示例</h3>");
        wm.verify(0, getRequestedFor(urlPathEqualTo(PATH)).withHeader("If-None-Match", equalTo("\"v1\"")));
    }
}
