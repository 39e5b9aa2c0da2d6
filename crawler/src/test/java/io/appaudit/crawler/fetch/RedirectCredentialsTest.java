package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.huawei.HuaweiAdapter;
import io.appaudit.stores.oppo.OppoAdapter;
import io.appaudit.stores.oppo.OppoSigning;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store's reply that redirects to another host never takes the store's credentials along: each store's real
 * listing request, authorised by its real adapter (Huawei's session token, OPPO's signature headers) and carrying a
 * cookie and an Authorization header besides, is answered 302 to {@code elsewhere.example}, and the second hop
 * arrives with none of them.
 */
class RedirectCredentialsTest {

    /** Every header that authorises or identifies us at a store, whichever store sets it. */
    private static final List<String> BOUND = List.of("Interface-Code", "t", "id", "oak", "ocs", "sign",
            "Authorization", "Cookie", "Origin");

    @TempDir
    Path dir;
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        wm.stubFor(post(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode"))
                .willReturn(aResponse().withBody("\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3ZWIifQ.c2ln\"")));
        wm.stubFor(any(urlPathMatching("/elsewhere\\.example/.*")).willReturn(aResponse().withBody("landed")));
        wm.stubFor(any(urlPathMatching("/(?!elsewhere\\.example/)(?!web-drcn\\.hispace\\.dbankcloud\\.com/edge/webedge).*"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "https://elsewhere.example/landing")));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private static StoreAdapter adapter(StoreId store) {
        return switch (store) {
            case HUAWEI -> new HuaweiAdapter();
            case OPPO -> new OppoAdapter(Optional.of(new OppoSigning("k3y", "c0nst", "oak-1", "ocs-1", "device-1")));
            default -> io.appaudit.crawler.Adapters.create(store, TestConfigs.config(Path.of("unused"), Map.of()));
        };
    }

    private static String keyOf(StoreId store) {
        return switch (store) {
            case HUAWEI -> "C100000001";
            case OPPO, VIVO -> "100000001";
            default -> "com.example.app";
        };
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void aRedirectToAnotherHostCarriesNoneOfTheStoresCredentials(StoreId store) throws Exception {
        StoreAdapter adapter = adapter(store);
        RequestAuth auth = adapter.auth();
        StoreRequest listing = adapter.listingRequests(AppRef.of(store, keyOf(store))).get(0)
                .withHeader("Cookie", "session=secret").withHeader("Authorization", "Bearer secret");
        try (FetchHarness fetch = new FetchHarness(dir, TestConfigs.local(wm.baseUrl()), Map.of(store, auth))) {
            Exchange e = fetch.client.execute(CallContext.store(listing, fetch.config.fetch().maxBodySize(),
                    Optional.empty()));
            assertThat(e.response().text()).isEqualTo("landed");
        }
        String firstHost = URI.create(listing.url()).getHost();
        LoggedRequest first = only("/" + firstHost + "/");
        LoggedRequest second = only("/elsewhere.example/");
        assertThat(first.getHeader("Cookie")).as("the store itself gets what was meant for it").isEqualTo("session=secret");
        for (String h : BOUND) {
            assertThat(second.containsHeader(h)).as(store + ": " + h + " followed the redirect").isFalse();
        }
        if (store == StoreId.HUAWEI) {
            assertThat(first.containsHeader("Interface-Code")).isTrue();
        }
        if (store == StoreId.OPPO && listing.url().contains("heytapmobi")) {
            assertThat(first.containsHeader("sign")).isTrue();
        }
    }

    private LoggedRequest only(String pathPrefix) {
        List<LoggedRequest> found = wm.findAll(anyRequestedFor(urlPathMatching(java.util.regex.Pattern.quote(pathPrefix)
                + ".*"))).stream().filter(r -> !r.getUrl().contains("getInterfaceCode")).toList();
        assertThat(found).as(pathPrefix).hasSize(1);
        return found.get(0);
    }
}
