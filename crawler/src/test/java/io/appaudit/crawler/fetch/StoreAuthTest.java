package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAuthTest {

    private static final String GATEWAY = "https://web-drcn.hispace.dbankcloud.com";

    /** A session-token scheme shaped like Huawei's: a POST for the token, a header on every call. */
    private static final RequestAuth TOKEN_AUTH = new RequestAuth() {
        @Override
        public Optional<StoreRequest> tokenRequest() {
            return Optional.of(StoreRequest.post(StoreId.HUAWEI, StoreRequest.Purpose.TOKEN, GATEWAY + "/token",
                    Map.of(), "{}".getBytes()));
        }

        @Override
        public Optional<String> readToken(StoreResponse r) {
            return r.status() == 200 ? Optional.of(r.text().trim()) : Optional.empty();
        }

        @Override
        public StoreRequest authorize(StoreRequest r, Optional<String> token, Instant now) {
            return token.map(t -> r.withHeader("Interface-Code", t)).orElse(r);
        }

        @Override
        public boolean tokenExpired(StoreResponse r) {
            return r.text().contains("1002");
        }
    };

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        String token = "/web-drcn.hispace.dbankcloud.com/token";
        wm.stubFor(post(urlPathEqualTo(token)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withBody("t1")).willSetStateTo("second"));
        wm.stubFor(post(urlPathEqualTo(token)).inScenario("t").whenScenarioStateIs("second")
                .willReturn(aResponse().withBody("t2")));
        String data = "/web-drcn.hispace.dbankcloud.com/data";
        wm.stubFor(get(urlPathEqualTo(data)).withHeader("Interface-Code", equalTo("t1"))
                .willReturn(aResponse().withBody("{\"rtnCode\":1002}")));
        wm.stubFor(get(urlPathEqualTo(data)).withHeader("Interface-Code", equalTo("t2"))
                .willReturn(aResponse().withBody("{\"rtnCode\":0}")));
        fetch = new FetchHarness(dir, TestConfigs.local(wm.baseUrl()), Map.of(StoreId.HUAWEI, TOKEN_AUTH));
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    @Test
    void fetchesTheTokenFirstAndRenewsItWhenTheReplySaysItExpired() throws Exception {
        Exchange e = fetch.get(StoreId.HUAWEI, GATEWAY + "/data");
        assertThat(e.response().text()).isEqualTo("{\"rtnCode\":0}");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/token")));
    }

    @Test
    void keepsAWorkingTokenForLaterCalls() throws Exception {
        fetch.get(StoreId.HUAWEI, GATEWAY + "/data");
        fetch.get(StoreId.HUAWEI, GATEWAY + "/data");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/token")));
    }

    /** Token bodies "name|exp" (exp in epoch seconds, 0 for none), as a JWT carries its exp. */
    private static final RequestAuth EXPIRING_AUTH = new RequestAuth() {
        @Override
        public Optional<StoreRequest> tokenRequest() {
            return TOKEN_AUTH.tokenRequest();
        }

        @Override
        public Optional<String> readToken(StoreResponse r) {
            return TOKEN_AUTH.readToken(r);
        }

        @Override
        public StoreRequest authorize(StoreRequest r, Optional<String> token, Instant now) {
            return token.map(t -> r.withHeader("Interface-Code", t.substring(0, t.indexOf('|')))).orElse(r);
        }

        @Override
        public boolean tokenExpired(StoreResponse r) {
            return TOKEN_AUTH.tokenExpired(r);
        }

        @Override
        public Optional<Instant> expiresAt(String token) {
            long exp = Long.parseLong(token.substring(token.indexOf('|') + 1));
            return exp == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(exp));
        }
    };

    private FetchHarness expiringTokens(String... bodies) {
        wm.resetAll();
        String token = "/web-drcn.hispace.dbankcloud.com/token";
        String state = Scenario.STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = "token " + (i + 1);
            wm.stubFor(post(urlPathEqualTo(token)).inScenario("t").whenScenarioStateIs(state)
                    .willReturn(aResponse().withBody(bodies[i])).willSetStateTo(next));
            wm.stubFor(get(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/data"))
                    .withHeader("Interface-Code", equalTo(bodies[i].substring(0, bodies[i].indexOf('|'))))
                    .willReturn(aResponse().withBody("{\"rtnCode\":0}")));
            state = next;
        }
        return new FetchHarness(dir.resolve("expiring"), TestConfigs.local(wm.baseUrl()),
                Map.of(StoreId.HUAWEI, EXPIRING_AUTH));
    }

    @Test
    void renewsATokenBeforeItsExpClaimWithoutSpendingARequestOnARefusal() throws Exception {
        long exp = Instant.now().getEpochSecond() + 5;
        try (FetchHarness f = expiringTokens("a|" + exp, "b|0")) {
            f.get(StoreId.HUAWEI, GATEWAY + "/data");
            Thread.sleep(3_500); // within the last two seconds of the token's five
            Exchange e = f.get(StoreId.HUAWEI, GATEWAY + "/data");
            assertThat(e.response().text()).isEqualTo("{\"rtnCode\":0}");
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/token")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/data"))
                .withHeader("Interface-Code", equalTo("b")));
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/data")))).hasSize(2);
    }

    @Test
    void learnsATokensLifeFromTheStoresRefusalAndRenewsTheNextOneAhead() throws Exception {
        try (FetchHarness f = expiringTokens("a|0", "b|0", "c|0")) {
            f.get(StoreId.HUAWEI, GATEWAY + "/data");
            Thread.sleep(5_000);
            // the store now refuses token a: it lived five seconds
            wm.stubFor(get(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/data"))
                    .withHeader("Interface-Code", equalTo("a")).willReturn(aResponse().withBody("{\"rtnCode\":1002}")));
            f.get(StoreId.HUAWEI, GATEWAY + "/data");
            Thread.sleep(3_500);
            Exchange e = f.get(StoreId.HUAWEI, GATEWAY + "/data");
            assertThat(e.response().text()).isEqualTo("{\"rtnCode\":0}");
        }
        wm.verify(3, postRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/token")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/data"))
                .withHeader("Interface-Code", equalTo("c")));
    }
}
