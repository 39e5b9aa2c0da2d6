package io.appaudit.stores.oppo;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppoSignerTest {

    /** Test values only: the real key and constant are OPPO's and never appear in this repository. */
    private static final String KEY = "0123456789abcdef".repeat(3);
    private static final String CONSTANT = "TESTCONSTANT";
    private static final OppoSigning SIGNING = new OppoSigning(KEY, CONSTANT, "oak-test", "Android%2FTest%2F33",
            "300000000000001///");
    private static final Instant NOW = Instant.ofEpochMilli(1612490906391L);

    private final RequestAuth auth = new OppoAdapter(Optional.of(SIGNING)).auth();

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private StoreRequest signed(String url) {
        return auth.authorize(StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.LISTING, url), Optional.empty(), NOW);
    }

    @Test
    void signsWithTheMd5OfKeyOcsTimeIdPathQueryLengthAndConstant() throws Exception {
        StoreRequest r = signed("https://api-cn.store.heytapmobi.com/detail/v4/4169?query=1,4,7&source=1");

        // 48 + 19 + 13 + 18 + 15 + 20 characters before the length
        String head = KEY + "Android%2FTest%2F33" + "1612490906391" + "300000000000001///" + "/detail/v4/4169"
                + "query=1,4,7&source=1";
        assertThat(head).hasSize(133);
        assertThat(r.headers()).containsEntry("sign", md5(head + "133" + CONSTANT));
        // the same value from Python's hashlib, outside the JVM
        assertThat(r.headers()).containsEntry("sign", "427f6942d31db7f2af86c2523448dcf0");
    }

    @Test
    void signsTheDecodedQueryCountingCharactersNotBytes() throws Exception {
        StoreRequest r = signed("https://api-cn.store.heytapmobi.com/search/v1/search?keyword=%E5%BE%AE%E4%BF%A1&start=0&size=10");

        String head = KEY + "Android%2FTest%2F33" + "1612490906391" + "300000000000001///" + "/search/v1/search"
                + "keyword=微信&start=0&size=10";
        // two Chinese characters count 2, not their 6 UTF-8 bytes
        assertThat(head).hasSize(141);
        assertThat(r.headers()).containsEntry("sign", md5(head + "141" + CONSTANT));
    }

    @Test
    void sendsTimeDeviceIdAppKeyAndOcsHeadersAndAsksForJson() {
        StoreRequest r = signed("https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0");

        assertThat(r.headers()).containsEntry("t", "1612490906391").containsEntry("id", "300000000000001///")
                .containsEntry("oak", "oak-test").containsEntry("ocs", "Android%2FTest%2F33")
                .containsEntry("Accept", "application/json; charset=UTF-8");
    }

    @Test
    void leavesUnsignedH5RequestsAlone() {
        StoreRequest r = signed("https://app.cdo.oppomobile.com/home/detail?app_id=4169");

        assertThat(r.headers()).isEmpty();
    }

    @Test
    void ignoresThePagingFragmentWhenSigning() throws Exception {
        StoreRequest r = signed("https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0#prev=00ff");
        StoreRequest plain = signed("https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0");

        assertThat(r.headers().get("sign")).isEqualTo(plain.headers().get("sign"));
    }

    @Test
    void usesNoAuthorisationWithoutSigningParameters() {
        assertThat(new OppoAdapter().auth()).isSameAs(RequestAuth.NONE);
    }

    @Test
    void needsNoSessionToken() {
        assertThat(auth.tokenRequest()).isEmpty();
    }

    @Test
    void neverShowsTheKeyOrTheConstant() {
        assertThat(SIGNING.toString()).doesNotContain(KEY).doesNotContain(CONSTANT).contains("oak-test");
    }
}
