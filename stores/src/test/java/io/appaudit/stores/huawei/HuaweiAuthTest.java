package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiFixtures.TOKEN_VALUE;
import static io.appaudit.stores.huawei.HuaweiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Interface-Code token: obtained, read, sent, and renewed on rtnCode 1002. */
class HuaweiAuthTest {

    private static final String TOKEN_URL = "https://web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode";

    private final RequestAuth auth = new HuaweiAdapter().auth();

    @Test
    void postsAnEmptyObjectForTheToken() {
        StoreRequest r = auth.tokenRequest().orElseThrow();
        assertThat(r.purpose()).isEqualTo(StoreRequest.Purpose.TOKEN);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.url()).isEqualTo(TOKEN_URL);
        assertThat(r.headers()).isEqualTo(Map.of("Origin", "https://appgallery.huawei.com",
                "Referer", "https://appgallery.huawei.com", "Content-Type", "application/json"));
        assertThat(r.body()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("{}"));
    }

    @Test
    void readsTheQuotedJwt() {
        assertThat(auth.readToken(response(TOKEN_URL, HuaweiFixtures.TOKEN))).contains(TOKEN_VALUE);
    }

    @Test
    void readsNoTokenFromAnythingElse() {
        assertThat(auth.readToken(response(TOKEN_URL, HuaweiFixtures.CAPTCHA))).isEmpty();
        assertThat(auth.readToken(response(TOKEN_URL, 200, TOKEN_VALUE))).as("unquoted").isEmpty();
        assertThat(auth.readToken(response(TOKEN_URL, 200, "\"not a token\""))).isEmpty();
        assertThat(auth.readToken(response(TOKEN_URL, 500, "\"" + TOKEN_VALUE + "\""))).isEmpty();
    }

    @Test
    void sendsTheTokenWithTheTimeOnEveryDataCall() {
        StoreRequest listing = new HuaweiAdapter().listingRequests(AppRef.of(StoreId.HUAWEI, "C5683")).get(0);
        StoreRequest sent = auth.authorize(listing, Optional.of(TOKEN_VALUE), Instant.ofEpochMilli(1_765_960_000_123L));
        assertThat(sent.headers()).isEqualTo(Map.of(
                "Interface-Code", TOKEN_VALUE + "_1765960000123",
                "Origin", "https://appgallery.huawei.com",
                "Referer", "https://appgallery.huawei.com"));
        assertThat(sent.url()).isEqualTo(listing.url());
    }

    @Test
    void sendsNoInterfaceCodeWithoutAToken() {
        StoreRequest listing = new HuaweiAdapter().listingRequests(AppRef.of(StoreId.HUAWEI, "C5683")).get(0);
        assertThat(auth.authorize(listing, Optional.empty(), Instant.EPOCH).headers())
                .doesNotContainKey("Interface-Code");
    }

    @Test
    void leavesTheTokenRequestItselfAlone() {
        StoreRequest token = auth.tokenRequest().orElseThrow();
        assertThat(auth.authorize(token, Optional.of(TOKEN_VALUE), Instant.EPOCH)).isEqualTo(token);
    }

    @Test
    void seesAnExpiredTokenInRtnCode1002() {
        assertThat(auth.tokenExpired(response(TOKEN_URL, HuaweiFixtures.TOKEN_EXPIRED))).isTrue();
    }

    @Test
    void seesAnExpiredTokenInRtnCode1002SentAsText() {
        assertThat(auth.tokenExpired(response(TOKEN_URL, 200, "{\"rtnCode\":\"1002\"}"))).isTrue();
    }

    @Test
    void seesNoExpiryInAHealthyReplyOrAPage() {
        assertThat(auth.tokenExpired(response(TOKEN_URL, HuaweiFixtures.WECHAT))).isFalse();
        assertThat(auth.tokenExpired(response(TOKEN_URL, HuaweiFixtures.CAPTCHA))).isFalse();
    }

    @Test
    void readsWhenATokenExpiresFromItsExpClaim() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"web\",\"exp\":1765960120}".getBytes(StandardCharsets.UTF_8));
        assertThat(auth.expiresAt("eyJhbGciOiJIUzI1NiJ9." + payload + ".c2ln"))
                .contains(Instant.ofEpochSecond(1_765_960_120L));
    }

    @Test
    void knowsNoExpiryForATokenWithoutExpOrThatIsNoJwt() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"web\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(auth.expiresAt("eyJhbGciOiJIUzI1NiJ9." + payload + ".")).isEmpty();
        assertThat(auth.expiresAt("not-a-jwt")).isEmpty();
        assertThat(auth.expiresAt("a.%%%.b")).isEmpty();
    }
}
