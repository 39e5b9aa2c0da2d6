package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiFixtures.WECHAT_URL;
import static io.appaudit.stores.huawei.HuaweiFixtures.bytes;
import static io.appaudit.stores.huawei.HuaweiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies that are not a listing: not listed, drift, block pages, statuses. */
class HuaweiListingProblemsTest {

    private static final AppRef WECHAT = AppRef.of(StoreId.HUAWEI, "C5683");

    private final HuaweiAdapter adapter = new HuaweiAdapter();

    private ListingResult parse(StoreResponse r) {
        return adapter.parseListing(WECHAT, List.of(r));
    }

    private ParseProblem problem(StoreResponse r) {
        ListingResult result = parse(r);
        assertThat(result).isInstanceOf(ListingResult.Problem.class);
        return ((ListingResult.Problem) result).problem();
    }

    @Test
    void readsAnEmptyLayoutAsNotListed() {
        assertThat(parse(response(WECHAT_URL, HuaweiFixtures.NOT_LISTED)))
                .isEqualTo(new ListingResult.NotListed(StoreId.HUAWEI, "C5683", WECHAT_URL,
                        "rtnCode 0 with an empty layoutData"));
    }

    @Test
    void readsAReplyOfOnlyRecommendationCardsAsNotListed() {
        String onlyLists = "{\"rtnCode\":0,\"layoutData\":[{\"layoutName\":\"horizonhomecard\",\"dataList\":[]}]}";
        assertThat(parse(response(WECHAT_URL, 200, onlyLists))).isInstanceOf(ListingResult.NotListed.class);
    }

    @Test
    void reportsDriftNamingTheMissingPackageAndName() {
        ParseProblem p = problem(response(WECHAT_URL, HuaweiFixtures.DRIFTED));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly(
                "layoutData[layoutName=detailhiddencard].dataList.0.package",
                "layoutData[layoutName=detailhiddencard].dataList.0.name");
        assertThat(p.subject()).isEqualTo("C5683");
        assertThat(p.sourceUrl()).isEqualTo(WECHAT_URL);
    }

    @Test
    void reportsDriftWhenTheHiddenCardIsGone() {
        String withoutHidden = new String(bytes(HuaweiFixtures.WECHAT), StandardCharsets.UTF_8)
                .replace("\"detailhiddencard\"", "\"detailhiddencard2\"");
        ParseProblem p = problem(response(WECHAT_URL, 200, withoutHidden));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).hasSize(2);
    }

    @Test
    void reportsDriftWhenCardsLoseTheirLayoutNames() {
        ParseProblem p = problem(response(WECHAT_URL, 200, "{\"rtnCode\":0,\"layoutData\":[{\"layoutId\":49}]}"));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("layoutData.*.layoutName");
    }

    @Test
    void reportsDriftWhenTheEnvelopeHasNoLayoutData() {
        ParseProblem p = problem(response(WECHAT_URL, 200, "{\"rtnCode\":0}"));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("layoutData");
    }

    @Test
    void readsAnExpiredTokenAsBlocked() {
        ParseProblem p = problem(response(WECHAT_URL, HuaweiFixtures.TOKEN_EXPIRED));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
        assertThat(p.message()).contains("1002");
    }

    @Test
    void readsAnyOtherStoreStatusAsAStatusProblem() {
        ParseProblem p = problem(response(WECHAT_URL, 200, "{\"rtnCode\":\"1001\",\"rtnDesc\":\"param error\"}"));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(p.message()).isEqualTo("store status rtnCode=1001 (param error)");
    }

    @Test
    void readsHtmlInsteadOfJsonAsUnexpectedFormat() {
        ParseProblem p = problem(response(WECHAT_URL, HuaweiFixtures.LEGACY_HTML));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.message()).isEqualTo("HTML where the gateway's JSON was expected");
    }

    @Test
    void readsACaptchaPageAsBlocked() {
        ParseProblem p = problem(response(WECHAT_URL, HuaweiFixtures.CAPTCHA));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsATruncatedReplyAsUnexpectedFormat() {
        byte[] whole = bytes(HuaweiFixtures.WECHAT);
        ParseProblem p = problem(response(WECHAT_URL, 200, Arrays.copyOf(whole, whole.length / 2)));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void readsJsonThatIsNotAnObjectAsUnexpectedFormat() {
        assertThat(problem(response(WECHAT_URL, 200, "[]")).kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void readsRateLimitAndForbiddenStatusesAsBlocked() {
        assertThat(problem(response(WECHAT_URL, 429, "")).kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
        assertThat(problem(response(WECHAT_URL, 403, "")).kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsAServerErrorAsAStatusProblem() {
        ParseProblem p = problem(response(WECHAT_URL, 502, "<html>Bad Gateway</html>"));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(p.message()).isEqualTo("HTTP 502");
    }

    @Test
    void readsA503CaptchaAsBlocked() {
        ParseProblem p = problem(response(WECHAT_URL, 503, bytes(HuaweiFixtures.CAPTCHA)));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsAMissingResponseAsAProblem() {
        assertThat(adapter.parseListing(WECHAT, List.of())).isInstanceOf(ListingResult.Problem.class);
    }

    @Test
    void findsAFilingNumberInTheAppsOwnIntro() {
        String withFiling = new String(bytes(HuaweiFixtures.WECHAT), StandardCharsets.UTF_8)
                .replace("文字与按钮更大更清晰。", "文字与按钮更大更清晰。备案号：粤B2-20090059 粤ICP备2021108466号-3A");
        ListingResult r = parse(response(WECHAT_URL, 200, withFiling));
        assertThat(((ListingResult.Listed) r).listing().filingNumber()).contains("粤ICP备2021108466号-3A");
    }

    @Test
    void stripsHtmlFromTheIntro() {
        String html = new String(bytes(HuaweiFixtures.WECHAT), StandardCharsets.UTF_8)
                .replace("\"appIntro\": \"你可以", "\"appIntro\": \"<p>第一行&amp;</p><br/>你可以");
        ListingResult r = parse(response(WECHAT_URL, 200, html));
        assertThat(((ListingResult.Listed) r).listing().description().orElseThrow())
                .startsWith("第一行&\n\n你可以").doesNotContain("<");
    }
}
