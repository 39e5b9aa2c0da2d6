package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyTest {

    @TempDir
    Path dir;
    private WireMockServer store;
    private WireMockServer proxy;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        store = new WireMockServer(wireMockConfig().dynamicPort());
        store.start();
        store.stubFor(get(urlPathEqualTo("/h5-api.appstore.vivo.com.cn/detail/1")).willReturn(aResponse().withBody("{}")));
        proxy = new WireMockServer(wireMockConfig().dynamicPort().enableBrowserProxying(true));
        proxy.start();
        Map<String, Object> c = TestConfigs.local(store.baseUrl());
        c.put("stores.vivo.proxy", "http://localhost:" + proxy.port());
        fetch = new FetchHarness(dir, c);
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        proxy.stop();
        store.stop();
    }

    @Test
    void sendsAStoresRequestsThroughItsProxy() throws Exception {
        Exchange e = fetch.get(StoreId.VIVO, "https://h5-api.appstore.vivo.com.cn/detail/1");
        assertThat(e.response().text()).isEqualTo("{}");
        assertThat(proxy.getAllServeEvents()).singleElement().satisfies(ev ->
                assertThat(ev.getRequest().getAbsoluteUrl()).contains("/h5-api.appstore.vivo.com.cn/detail/1"));
    }

    @Test
    void leavesOtherStoresWithoutAProxyOfTheirOwnDirect() throws Exception {
        store.stubFor(get(urlPathEqualTo("/app.mi.com/x")).willReturn(aResponse().withBody("x")));
        fetch.get(StoreId.XIAOMI, "https://app.mi.com/x");
        assertThat(proxy.getAllServeEvents()).isEmpty();
    }
}
