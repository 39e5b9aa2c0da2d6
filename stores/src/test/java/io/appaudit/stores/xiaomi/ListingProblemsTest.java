package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages that are not a listing: not listed, drift, refusals, statuses, the wrong format. */
class ListingProblemsTest {

    private static final String PKG = "com.tencent.mm";
    private static final String URL = Fixtures.detailsUrl(PKG);

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    private ListingResult parse(StoreResponse response) {
        return adapter.parseListing(Fixtures.app(PKG), List.of(response));
    }

    private ListingResult parse(String body) {
        return parse(Fixtures.ok(URL, body));
    }

    private static ParseProblem problem(ListingResult r) {
        assertThat(r).isInstanceOf(ListingResult.Problem.class);
        return ((ListingResult.Problem) r).problem();
    }

    @Test
    void readsTheGenericStorePageAsNotListed() {
        ListingResult r = parse(Fixtures.text("details-unknown-package.html"));
        assertThat(r).isEqualTo(new ListingResult.NotListed(io.appaudit.stores.StoreId.XIAOMI, PKG, URL,
                "generic store page: 手机游戏应用商店_软件商店app下载-小米应用商店"));
    }

    @Test
    void readsHttp404AsNotListed() {
        ListingResult r = parse(Fixtures.response(URL, 404, new byte[0]));
        assertThat(r).isInstanceOf(ListingResult.NotListed.class);
        assertThat(((ListingResult.NotListed) r).reason()).isEqualTo("HTTP 404");
    }

    @Test
    void namesTheMissingNameWhenTheTitleLosesItsHeading() {
        String page = Fixtures.text("details-2025.html").replace("<h3 style=\"margin-top: 18px\">微信</h3>", "");
        ParseProblem p = problem(parse(page));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("div.intro-titles h3");
    }

    @Test
    void namesTheMissingPackageLabel() {
        String page = Fixtures.text("details-2025.html")
                .replace("<div><div>包名</div><div><div class=\"line-break\">com.tencent.mm</div></div></div>", "");
        ParseProblem p = problem(parse(page));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("包名");
    }

    @Test
    void namesBothWhenAnOldLayoutPageLosesNameAndPackage() {
        String page = Fixtures.text("details-2019.html").replace("<h3>高德地图</h3>", "")
                .replace("<li class=\"weight-font\">包名：</li>", "");
        ParseProblem p = problem(parse(page));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("div.intro-titles h3", "包名");
    }

    @Test
    void reportsDriftWhenAnAppPageLosesItsAppBlock() {
        String page = Fixtures.text("details-2025.html").replace("intro-titles", "intro-heading");
        ParseProblem p = problem(parse(page));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("div.intro-titles h3", "包名");
    }

    @Test
    void readsAVerificationPageAsBlocked() {
        assertThat(problem(parse(Fixtures.text("verification.html"))).kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsAnAppWhoseDescriptionMentionsVerificationCodesAsAListing() {
        String page = Fixtures.text("details-2025.html").replace("朋友圈：分享生活点滴。", "短信验证码登录，安全验证。");
        assertThat(parse(page)).isInstanceOf(ListingResult.Listed.class);
    }

    @Test
    void readsHttp403AndHttp429AsBlocked() {
        assertThat(problem(parse(Fixtures.response(URL, 403, new byte[0]))).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
        assertThat(problem(parse(Fixtures.response(URL, 429, new byte[0]))).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsHttp503AsAnUnreadableStatus() {
        ParseProblem p = problem(parse(Fixtures.response(URL, 503, "busy".getBytes(StandardCharsets.UTF_8))));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(p.sourceUrl()).isEqualTo(URL);
        assertThat(p.subject()).isEqualTo(PKG);
    }

    @Test
    void readsJsonWhereHtmlWasExpectedAsUnexpectedFormat() {
        assertThat(problem(parse(Fixtures.text("categotyAllListApi-page0.json"))).kind())
                .isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void readsAnEmptyBodyAsUnexpectedFormat() {
        assertThat(problem(parse("")).kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void readsAMissingPrimaryResponseAsUnexpectedFormat() {
        ParseProblem p = problem(adapter.parseListing(Fixtures.app(PKG), List.of()));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.sourceUrl()).isEqualTo(URL);
    }
}
