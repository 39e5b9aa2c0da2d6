package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateAddressTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody("secret")));
        Map<String, Object> c = TestConfigs.local(wm.baseUrl());
        c.put("fetch.allow-private-addresses", "false");
        fetch = new FetchHarness(dir, c);
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    @Test
    void refusesALoopbackTargetWithoutSendingAnything() {
        assertThatThrownBy(() -> fetch.get(StoreId.VIVO, "https://h5-api.appstore.vivo.com.cn/detail/1"))
                .isInstanceOf(FetchRefusedException.class)
                // WireMock's base URL names localhost: refused by its name, before any lookup
                .hasMessageContaining("localhost names this machine")
                .hasMessageContaining("fetch.allow-private-addresses");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAPrivateNetworkAddressALinkPointsTo() throws Exception {
        Map<String, Object> c = TestConfigs.local(wm.baseUrl());
        c.put("fetch.allow-private-addresses", "false");
        c.put("fetch.replay-base", "");
        try (FetchHarness direct = new FetchHarness(dir.resolve("direct"), c)) {
            assertThatThrownBy(() -> direct.get(StoreId.VIVO, "http://10.1.2.3/admin"))
                    .isInstanceOf(FetchRefusedException.class).hasMessageContaining("10.1.2.3");
        }
    }

    @Test
    void classifiesAddresses() throws Exception {
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("::1"))).isTrue();
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(PrivateAddressGuard.isPrivate(InetAddress.getByName("203.119.1.1"))).isFalse();
    }
}
