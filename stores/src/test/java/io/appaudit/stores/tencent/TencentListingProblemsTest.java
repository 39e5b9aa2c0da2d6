package io.appaudit.stores.tencent;

import static io.appaudit.stores.tencent.Fixtures.ALIPAY;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_PAGE;
import static io.appaudit.stores.tencent.Fixtures.app;
import static io.appaudit.stores.tencent.Fixtures.detail;
import static io.appaudit.stores.tencent.Fixtures.detailUrl;
import static io.appaudit.stores.tencent.Fixtures.ok;
import static io.appaudit.stores.tencent.Fixtures.status;
import static io.appaudit.stores.tencent.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class TencentListingProblemsTest {

    private static final String GAME_DETAIL =
            "props.pageProps.dynamicCardResponse.data.components[data.name=GameDetail]";

    private final TencentAdapter adapter = new TencentAdapter();

    private ListingResult parse(String pkg, StoreResponse primary) {
        return adapter.parseListing(app(pkg), List.of(primary));
    }

    private ListingResult.NotListed notListed(ListingResult r) {
        assertThat(r).isInstanceOf(ListingResult.NotListed.class);
        return (ListingResult.NotListed) r;
    }

    private ParseProblem problem(ListingResult r) {
        assertThat(r).isInstanceOf(ListingResult.Problem.class);
        return ((ListingResult.Problem) r).problem();
    }

    @Test
    void readsA404AsNotListed() {
        ListingResult.NotListed n = notListed(parse("com.example.gone", status(detailUrl("com.example.gone"), 404,
                "<html><title>404</title></html>")));
        assertThat(n).isEqualTo(new ListingResult.NotListed(StoreId.TENCENT, "com.example.gone",
                detailUrl("com.example.gone"), "HTTP 404"));
    }

    @Test
    void readsTheNotFoundTitleAsNotListed() {
        ListingResult.NotListed n = notListed(parse("com.example.not.there",
                detail("com.example.not.there", "appdetail-notfound.html")));
        assertThat(n.reason()).isEqualTo("title says 找不到");
    }

    @Test
    void readsANextJsNotFoundPageAsNotListed() {
        String page = Fixtures.nextDataPage("{\"props\":{\"pageProps\":{\"statusCode\":404}},\"page\":\"/_error\"}");
        assertThat(notListed(parse(ALIPAY, ok(detailUrl(ALIPAY), page))).reason()).isEqualTo("Next.js not-found page");
    }

    @Test
    void reportsANextJsServerErrorPageAsAnHttpStatusProblem() {
        String page = Fixtures.nextDataPage("{\"props\":{\"pageProps\":{\"statusCode\":500}},\"page\":\"/_error\"}");
        ParseProblem p = problem(parse(ALIPAY, ok(detailUrl(ALIPAY), page)));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(p.message()).isEqualTo("Next.js error page, status 500");
    }

    @Test
    void readsAPageShowingOnlyOtherAppsAsNotListed() {
        ListingResult.NotListed n = notListed(parse("com.example.renamed", ok(detailUrl("com.example.renamed"),
                text(ALIPAY_PAGE))));
        assertThat(n.reason()).isEqualTo("GameDetail shows other packages only: com.antfortune.wealth, "
                + "com.eg.android.AlipayGphone");
    }

    @Test
    void reportsDriftWhenTheCardsMoved() {
        ParseProblem p = problem(parse(ALIPAY, detail(ALIPAY, "appdetail-drifted-renamed-cards.html")));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("props.pageProps.dynamicCardResponse.data.components");
        assertThat(p.subject()).isEqualTo(ALIPAY);
        assertThat(p.sourceUrl()).isEqualTo(detailUrl(ALIPAY));
    }

    @Test
    void reportsDriftNamingTheMissingAppName() {
        ParseProblem p = problem(parse(ALIPAY, detail(ALIPAY, "appdetail-drifted-missing-name.html")));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly(GAME_DETAIL + ".data.itemData[pkg_name=" + ALIPAY + "].name");
    }

    @Test
    void reportsDriftWhenTheDetailComponentIsRenamed() {
        String page = text(ALIPAY_PAGE).replace("\"GameDetail\"", "\"AppDetailV2\"");
        ParseProblem p = problem(parse(ALIPAY, ok(detailUrl(ALIPAY), page)));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly(GAME_DETAIL);
    }

    @Test
    void reportsDriftWhenItemsLosePackageNames() {
        String page = text(ALIPAY_PAGE).replace("\"pkg_name\"", "\"packageName\"");
        ParseProblem p = problem(parse(ALIPAY, ok(detailUrl(ALIPAY), page)));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly(GAME_DETAIL + ".data.itemData[].pkg_name");
    }

    @Test
    void readsACaptchaPageAsBlocked() {
        ParseProblem p = problem(parse(ALIPAY, detail(ALIPAY, "captcha.html")));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsForbiddenAndTooManyRequestsAsBlocked() {
        assertThat(problem(parse(ALIPAY, status(detailUrl(ALIPAY), 403, ""))).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
        assertThat(problem(parse(ALIPAY, status(detailUrl(ALIPAY), 429, ""))).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsAServerErrorAsAnHttpStatusProblem() {
        ParseProblem p = problem(parse(ALIPAY, status(detailUrl(ALIPAY), 503, "busy")));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(p.message()).isEqualTo("HTTP 503");
    }

    @Test
    void reportsJsonInsteadOfThePageAsUnexpectedFormat() {
        ParseProblem p = problem(parse(ALIPAY, ok(detailUrl(ALIPAY), text("yybadaccess-apps-page0.json"))));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.missing()).containsExactly("__NEXT_DATA__");
    }

    @Test
    void reportsATruncatedPageAsUnexpectedFormat() {
        String page = text(ALIPAY_PAGE);
        ParseProblem p = problem(parse(ALIPAY, ok(detailUrl(ALIPAY), page.substring(0, page.length() - 300))));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.message()).contains("unreadable");
    }
}
