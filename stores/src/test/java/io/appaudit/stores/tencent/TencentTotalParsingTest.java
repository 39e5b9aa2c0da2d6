package io.appaudit.stores.tencent;

import static io.appaudit.stores.tencent.Fixtures.ALIPAY;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_PAGE;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_SUPPLEMENT;
import static io.appaudit.stores.tencent.Fixtures.WECHAT;
import static io.appaudit.stores.tencent.Fixtures.app;
import static io.appaudit.stores.tencent.Fixtures.bytes;
import static io.appaudit.stores.tencent.Fixtures.detail;
import static io.appaudit.stores.tencent.Fixtures.detailUrl;
import static io.appaudit.stores.tencent.Fixtures.ok;
import static io.appaudit.stores.tencent.Fixtures.supplementUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.Mutations;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mutant of every fixture must come back as a value: a listing, "not listed", a problem, or empty. */
class TencentTotalParsingTest {

    private static final int COUNT = 2000;
    private static final long SEED = 20251128L;
    private static final Map<String, String> DETAIL_PAGES = Map.of(
            ALIPAY_PAGE, ALIPAY,
            "appdetail-extended-fields-com.tencent.mm.html", WECHAT,
            "appdetail-notfound.html", "com.example.not.there",
            "appdetail-drifted-missing-name.html", ALIPAY,
            "captcha.html", ALIPAY);
    private static final List<String> SUPPLEMENTS = List.of(ALIPAY_SUPPLEMENT, "a.app.qq.com-simple.jsp-truncated.html",
            "a.app.qq.com-simple.jsp-window.systemData.EXCERPT-2025-11.txt");
    private static final List<String> LIST_REPLIES = List.of("yybadaccess-apps-page0.json",
            "yybadaccess-apps-items-not-first.json", "yybadaccess-apps-end.json");

    private final TencentAdapter adapter = new TencentAdapter();
    private final DiscoveryOptions options = DiscoveryOptions.defaults();

    @Test
    void detailPageParsingReturnsAValueForEveryMutant() {
        DETAIL_PAGES.forEach((fixture, pkg) -> {
            for (byte[] mutant : Mutations.of(bytes(fixture), COUNT, SEED)) {
                assertThat(adapter.parseListing(app(pkg), List.of(ok(detailUrl(pkg), mutant)))).isNotNull();
            }
        });
    }

    @Test
    void supplementParsingReturnsAValueForEveryMutant() {
        for (String fixture : SUPPLEMENTS) {
            for (byte[] mutant : Mutations.of(bytes(fixture), COUNT, SEED)) {
                assertThat(adapter.parseListing(app(ALIPAY), List.of(detail(ALIPAY, ALIPAY_PAGE),
                        ok(supplementUrl(ALIPAY), mutant)))).isNotNull();
                assertThat(adapter.parseListing(app(ALIPAY), List.of(ok(supplementUrl(ALIPAY), mutant)))).isNotNull();
            }
        }
    }

    @Test
    void listReplyParsingReturnsAValueForEveryMutant() {
        StoreRequest first = adapter.discoverySeeds(options).get(0);
        for (String fixture : LIST_REPLIES) {
            for (byte[] mutant : Mutations.of(bytes(fixture), COUNT, SEED)) {
                assertThat(adapter.parseDiscovery(first, ok(first.url(), mutant), options)).isNotNull();
            }
        }
    }

    @Test
    void listRequestReadingReturnsAValueForEveryMutantBody() {
        StoreRequest first = adapter.discoverySeeds(options).get(0);
        StoreRequest next = adapter.parseDiscovery(first, ok(first.url(), bytes("yybadaccess-apps-page0.json")),
                options).next().get(0);
        byte[] reply = bytes("yybadaccess-apps-page1.json");
        for (byte[] mutant : Mutations.of(next.body().orElseThrow(), COUNT, SEED)) {
            StoreRequest request = StoreRequest.post(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY, next.url(),
                    next.headers(), mutant);
            assertThat(adapter.parseDiscovery(request, ok(next.url(), reply), options)).isNotNull();
        }
    }

    @Test
    void searchPageParsingReturnsAValueForEveryMutant() {
        StoreRequest search = StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                "https://sj.qq.com/search?q=%E5%BE%AE%E4%BF%A1");
        byte[] page = Fixtures.nextDataPage(Fixtures.text("sjqq-search-NEXT_DATA.testfixture.json"))
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] mutant : Mutations.of(page, COUNT, SEED)) {
            assertThat(adapter.parseDiscovery(search, ok(search.url(), mutant), options)).isNotNull();
        }
    }

    @Test
    void downloadNameReadingReturnsAValueForEveryMutant() {
        byte[] url = ("http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/53E2D10B14FC0AA8689059ED97041F3E.apk"
                + "?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk&csr=1bbd#x").getBytes(StandardCharsets.UTF_8);
        for (byte[] mutant : Mutations.of(url, COUNT, SEED)) {
            String s = new String(mutant, StandardCharsets.UTF_8);
            assertThat(adapter.packageFromDownload(s, Optional.of(s))).isNotNull();
            assertThat(adapter.packageFromDownload(s, Optional.empty())).isNotNull();
        }
    }

    @Test
    void authorisationLeavesRequestsAsTheyAre() {
        StoreRequest first = adapter.discoverySeeds(options).get(0);
        assertThat(adapter.auth().tokenRequest()).isEmpty();
        assertThat(adapter.auth().authorize(first, Optional.empty(), java.time.Instant.EPOCH)).isEqualTo(first);
        assertThat(adapter.auth().tokenExpired(ok(first.url(), new byte[] {(byte) 0xff}))).isFalse();
    }
}
