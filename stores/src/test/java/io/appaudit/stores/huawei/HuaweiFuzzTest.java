package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiFixtures.bytes;
import static io.appaudit.stores.huawei.HuaweiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.Mutations;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every mutant of every fixture comes out of every parser as a value, never as an exception. */
class HuaweiFuzzTest {

    private static final List<String> FIXTURES = List.of(HuaweiFixtures.WECHAT, HuaweiFixtures.DRIFTED,
            HuaweiFixtures.NOT_LISTED, HuaweiFixtures.TAB_PAGE_1, HuaweiFixtures.TAB_PAGE_2,
            HuaweiFixtures.TOKEN_EXPIRED, HuaweiFixtures.TOKEN, HuaweiFixtures.CAPTCHA, HuaweiFixtures.LEGACY_HTML);
    private static final int MUTANTS = 2000;
    private static final long SEED = 20251217L;

    private final HuaweiAdapter adapter = new HuaweiAdapter();

    private static void everyMutant(Function<StoreResponse, Object> parser) {
        for (String fixture : FIXTURES) {
            List<byte[]> mutants = Mutations.of(bytes(fixture), MUTANTS, SEED);
            for (int i = 0; i < mutants.size(); i++) {
                Object value = null;
                try {
                    value = parser.apply(response(HuaweiFixtures.WECHAT_URL, 200, mutants.get(i)));
                } catch (RuntimeException e) {
                    fail("mutant " + i + " of " + fixture + " threw", e);
                }
                assertThat(value).as("mutant %d of %s", i, fixture).isNotNull();
            }
        }
    }

    @Test
    void parseListingTurnsEveryMutantIntoAValue() {
        AppRef app = AppRef.of(StoreId.HUAWEI, "C5683");
        everyMutant(r -> adapter.parseListing(app, List.of(r)));
    }

    @Test
    void parseDiscoveryTurnsEveryMutantIntoAValue() {
        StoreRequest page = StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY,
                "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index?method=internal.getTabDetail&serviceType=20"
                        + "&reqPageNum=2&uri=2666e39577d545269a9bdea18a83070c&maxResults=25&zone=&locale=zh");
        DiscoveryOptions options = new DiscoveryOptions(List.of(), List.of(), 25);
        everyMutant(r -> adapter.parseDiscovery(page, r, options));
    }

    @Test
    void readTokenTurnsEveryMutantIntoAValue() {
        RequestAuth auth = adapter.auth();
        everyMutant(auth::readToken);
    }

    @Test
    void tokenExpiredTurnsEveryMutantIntoAValue() {
        RequestAuth auth = adapter.auth();
        everyMutant(auth::tokenExpired);
    }

    @Test
    void packageFromDownloadTurnsEveryMutantIntoAValue() {
        byte[] url = ("https://appdlc-drcn.hispace.dbankcloud.com/dl/appdl/application/apk/80/"
                + "com.tencent.mm.2512041530.apk?sign=portal@portal1557799315473&source=portalsite")
                .getBytes(StandardCharsets.UTF_8);
        List<byte[]> mutants = Mutations.of(url, MUTANTS, SEED);
        for (int i = 0; i < mutants.size(); i++) {
            String s = new String(mutants.get(i), StandardCharsets.UTF_8);
            try {
                assertThat(adapter.packageFromDownload(s, Optional.of(s))).isNotNull();
                assertThat(adapter.packageFromDownload(s, Optional.empty())).isNotNull();
            } catch (RuntimeException e) {
                fail("mutant " + i + " threw", e);
            }
        }
    }
}
