package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.huawei.HuaweiAdapter;
import io.appaudit.stores.kit.TruncatedHtml;
import io.appaudit.stores.oppo.OppoAdapter;
import io.appaudit.stores.tencent.TencentAdapter;
import io.appaudit.stores.vivo.VivoAdapter;
import io.appaudit.stores.xiaomi.XiaomiAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every store's page, cut to 60 % of its bytes, is a parse problem and never a listing (issue 19). */
class TruncatedPagesTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aXiaomiDetailsPageCutTo60PercentIsAParseProblem() {
        for (String fixture : List.of("xiaomi/details-2025.html", "xiaomi/details-2019.html")) {
            ParseProblem p = cutProblem(new XiaomiAdapter(), AppRef.of(StoreId.XIAOMI, "com.tencent.mm"), fixture);
            assertThat(p.kind()).as(fixture).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
            assertThat(p.message()).as(fixture).startsWith("the details page is cut short");
        }
    }

    @Test
    void anOppoLandingPageCutTo60PercentIsAParseProblem() {
        ParseProblem p = cutProblem(new OppoAdapter(),
                AppRef.of(StoreId.OPPO, "4169", "com.tencent.mm", "微信", "feed"), "oppo/landing_detail_HANDWRITTEN.html",
                "https://app.cdo.oppomobile.com/home/detail?app_id=4169");
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.message()).startsWith("the landing page is cut short");
    }

    @Test
    void aTencentDetailPageCutTo60PercentIsAParseProblem() {
        ParseProblem p = cutProblem(new TencentAdapter(), AppRef.of(StoreId.TENCENT, "com.eg.android.AlipayGphone"),
                "tencent/appdetail-com.eg.android.AlipayGphone.html");
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.message()).startsWith("the detail page is cut short");
    }

    @Test
    void aTencentSupplementCutAfterItsDataIsRecordedAndItsControlsAreNotRead() {
        TencentAdapter adapter = new TencentAdapter();
        AppRef app = AppRef.of(StoreId.TENCENT, "com.eg.android.AlipayGphone");
        List<StoreRequest> requests = adapter.listingRequests(app);
        String supplement = new String(bytes("tencent/a.app.qq.com-simple.jsp-com.eg.android.AlipayGphone.html"),
                StandardCharsets.UTF_8);
        // cut after the window.systemData script, before the page's end
        String cut = supplement.substring(0, supplement.lastIndexOf("</body>"));

        ListingResult r = adapter.parseListing(app, List.of(
                ok(requests.get(0).url(), bytes("tencent/appdetail-com.eg.android.AlipayGphone.html")),
                ok(requests.get(1).url(), cut.getBytes(StandardCharsets.UTF_8))));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Listed.class, l -> assertThat(
                l.listing().extras().get("supplement.problem")).startsWith("the a.app.qq.com page is cut short"));
    }

    @Test
    void huaweiAndVivoRepliesCutTo60PercentAreParseProblems() {
        ParseProblem huawei = cutProblem(new HuaweiAdapter(), AppRef.of(StoreId.HUAWEI, "C5683"),
                "huawei/getTabDetail_app_C5683_wechat_2025-12.json");
        ParseProblem vivo = cutProblem(new VivoAdapter(), AppRef.of(StoreId.VIVO, "3021781"),
                "vivo/vivo-detail-full.json");
        assertThat(huawei.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(vivo.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void aWholePageAndAnHtmlFragmentAreNotJudgedCut() {
        assertThat(TruncatedHtml.reason("<!DOCTYPE html><HTML><body><p>x</p></BODY></HTML>\n", "p")).isEmpty();
        assertThat(TruncatedHtml.reason("<html><body><p>x</p></body>", "p")).isEmpty();
        assertThat(TruncatedHtml.reason("<ul><li>版本：V3.2.1</li></ul>", "p")).isEmpty();
        assertThat(TruncatedHtml.reason("<html><body><p>x</p><script>var s = '</sc", "the page"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("the page is cut short"));
    }

    private static ParseProblem cutProblem(StoreAdapter adapter, AppRef app, String fixture) {
        return cutProblem(adapter, app, fixture, adapter.listingRequests(app).get(0).url());
    }

    private static ParseProblem cutProblem(StoreAdapter adapter, AppRef app, String fixture, String url) {
        byte[] whole = bytes(fixture);
        ListingResult r = adapter.parseListing(app, List.of(ok(url, Arrays.copyOf(whole, whole.length * 6 / 10))));
        assertThat(r).as(fixture).isInstanceOf(ListingResult.Problem.class);
        return ((ListingResult.Problem) r).problem();
    }

    private static StoreResponse ok(String url, byte[] body) {
        return new StoreResponse(url, 200, Map.of("Content-Type", "text/html; charset=utf-8"), body, AT);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = TruncatedPagesTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
