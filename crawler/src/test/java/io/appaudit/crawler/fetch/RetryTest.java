package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryTest {

    private static final String URL = "https://app.mi.com/details?id=com.example";
    private static final String PATH = "/app.mi.com/details";

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        Map<String, Object> c = TestConfigs.local(wm.baseUrl());
        c.put("fetch.max-retries", "3");
        fetch = new FetchHarness(dir, c);
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    private void failFirstThenAnswer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered"));
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void retriesAConnectionResetByThePeer() throws Exception {
        failFirstThenAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        Exchange e = fetch.get(StoreId.XIAOMI, URL);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.retries()).isEqualTo(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void retriesA503() throws Exception {
        failFirstThenAnswer(aResponse().withStatus(503));
        Exchange e = fetch.get(StoreId.XIAOMI, URL);
        assertThat(e.status()).isEqualTo(200);
        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void neverRetriesA404() throws Exception {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
        Exchange e = fetch.get(StoreId.XIAOMI, URL);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.retries()).isZero();
        wm.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void givesUpAfterTheConfiguredRetriesAndReturnsTheLastAnswer() throws Exception {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
        Exchange e = fetch.get(StoreId.XIAOMI, URL);
        assertThat(e.status()).isEqualTo(502);
        wm.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void waitsForRetryAfterBeforeRetryingA429() throws Exception {
        failFirstThenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "1"));
        Exchange e = fetch.get(StoreId.XIAOMI, URL);
        assertThat(e.status()).isEqualTo(200);
        List<LoggedRequest> log = wm.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(log).hasSize(2);
        long gap = log.get(1).getLoggedDate().getTime() - log.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(950);
    }

    @Test
    void aSingle503IsWaitedOutWithoutSlowingTheStoreDown() throws Exception {
        failFirstThenAnswer(aResponse().withStatus(503));
        fetch.get(StoreId.XIAOMI, URL);
        HostLimiter limiter = fetch.politeness.storeLimiter(StoreId.XIAOMI);
        assertThat(limiter.delay()).isEqualTo(fetch.config.store(StoreId.XIAOMI).delay());
    }

    @Test
    void aStoreThatKeepsRefusingIsStoppedAsBlockedAfterABoundedNumberOfRequests() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                fetch.get(StoreId.XIAOMI, URL);
            }
        }).isInstanceOf(StoreBackoffException.class).hasMessageContaining("stopped as blocked")
                .hasMessageContaining("max-delay");
        int requests = wm.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
        assertThat(requests).isBetween(10, 60);
    }

    @Test
    void stopsTheStoreWhenRetryAfterIsLongerThanAllowed() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> fetch.get(StoreId.XIAOMI, URL))
                .isInstanceOf(StoreBackoffException.class)
                .hasMessageContaining("Retry-After 3600 s");
        wm.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
