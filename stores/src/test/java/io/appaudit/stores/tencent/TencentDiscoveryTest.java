package io.appaudit.stores.tencent;

import static io.appaudit.stores.tencent.Fixtures.ok;
import static io.appaudit.stores.tencent.Fixtures.status;
import static io.appaudit.stores.tencent.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.kit.JsonTree;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentDiscoveryTest {

    private static final String LIST_URL = "https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official";
    private static final DiscoveryOptions DEFAULTS = DiscoveryOptions.defaults();

    private final TencentAdapter adapter = new TencentAdapter();

    private static JsonNode body(StoreRequest r) {
        return JsonTree.parse(r.body().orElseThrow()).orElseThrow();
    }

    private StoreRequest firstAppPage() {
        return adapter.discoverySeeds(DEFAULTS).get(0);
    }

    private DiscoveryResult parse(StoreRequest request, String fixture, DiscoveryOptions options) {
        return adapter.parseDiscovery(request, ok(request.url(), text(fixture)), options);
    }

    private ParseProblem problem(DiscoveryResult r) {
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
        return r.problem().orElseThrow();
    }

    @Test
    void seedsTheAllAppsAndAllGamesListsByDefault() {
        List<StoreRequest> seeds = adapter.discoverySeeds(DEFAULTS);
        assertThat(seeds).hasSize(2).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.url()).isEqualTo(LIST_URL);
            assertThat(r.purpose()).isEqualTo(StoreRequest.Purpose.DISCOVERY);
            assertThat(r.headers()).isEqualTo(Map.of("origin", "https://sj.qq.com", "referer", "https://sj.qq.com/",
                    "content-type", "application/json"));
        });
        assertThat(JsonTree.text(body(seeds.get(0)), "body.listS.cate_alias.repStr.0")).contains("all");
        assertThat(JsonTree.text(body(seeds.get(0)), "body.layout")).contains("YYB_HOME_APP_LIBRARY_LIST");
        assertThat(JsonTree.text(body(seeds.get(1)), "body.listS.tag_alias.repStr.0")).contains("all");
        assertThat(JsonTree.text(body(seeds.get(1)), "body.layout")).contains("YYB_HOME_GAME_LIBRARY_LIST_ALGRITHM");
        assertThat(JsonTree.text(body(seeds.get(1)), "head.hostAppInfo.scene")).contains("game_center");
    }

    @Test
    void seedsAskForTheFirstPageWithTheConfiguredPageSize() {
        JsonNode b = body(adapter.discoverySeeds(new DiscoveryOptions(List.of("app:all"), List.of(), 24)).get(0));
        assertThat(JsonTree.number(b, "body.listI.offset.repInt.0")).contains(0L);
        assertThat(JsonTree.number(b, "body.listI.limit.repInt.0")).contains(24L);
        assertThat(JsonTree.text(b, "head.cmd")).contains("dc_pcyyb_official");
        assertThat(JsonTree.text(b, "body.listS.region.repStr.0")).contains("CN");
    }

    @Test
    void seedsTheConfiguredCategoriesAndKeywordSearches() {
        List<StoreRequest> seeds = adapter.discoverySeeds(
                new DiscoveryOptions(List.of("game:rpg", "finance"), List.of("微信"), 24));
        assertThat(seeds).hasSize(3);
        assertThat(JsonTree.text(body(seeds.get(0)), "body.listS.tag_alias.repStr.0")).contains("rpg");
        assertThat(JsonTree.text(body(seeds.get(1)), "body.listS.cate_alias.repStr.0")).contains("finance");
        assertThat(seeds.get(2)).isEqualTo(StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                "https://sj.qq.com/search?q=%E5%BE%AE%E4%BF%A1"));
    }

    @Test
    void readsTheAppsOfAListPage() {
        DiscoveryResult r = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("item").containsExactly(
                AppRef.of(StoreId.TENCENT, "com.tencent.mm", "com.tencent.mm", "微信", "tencent:list:app:all"),
                AppRef.of(StoreId.TENCENT, "com.eg.android.AlipayGphone", "com.eg.android.AlipayGphone", "支付宝",
                        "tencent:list:app:all"),
                AppRef.of(StoreId.TENCENT, "com.taobao.taobao", "com.taobao.taobao", "淘宝", "tencent:list:app:all"));
    }

    @Test
    void asksForTheNextPageOfTheSameList() {
        StoreRequest next = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).next().get(0);
        assertThat(next.method()).isEqualTo("POST");
        assertThat(next.url()).isEqualTo(LIST_URL);
        assertThat(next.headers()).isEqualTo(firstAppPage().headers());
        assertThat(JsonTree.number(body(next), "body.listI.offset.repInt.0")).contains(1L);
        assertThat(JsonTree.text(body(next), "body.listS.cate_alias.repStr.0")).contains("all");
        assertThat(JsonTree.number(body(next), "body.listI.limit.repInt.0")).contains(30L);
    }

    @Test
    void keepsPagingWhileEachPageBringsNewApps() {
        StoreRequest page1 = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).next().get(0);
        DiscoveryResult r = parse(page1, "yybadaccess-apps-page1.json", DEFAULTS);
        assertThat(r.apps()).extracting(AppRef::storeAppId)
                .containsExactly("com.ss.android.ugc.aweme", "com.sankuai.meituan", "com.tencent.mobileqq");
        assertThat(r.next()).singleElement().satisfies(
                n -> assertThat(JsonTree.number(body(n), "body.listI.offset.repInt.0")).contains(2L));
    }

    @Test
    void stopsAtAnEmptyPage() {
        DiscoveryResult r = parse(firstAppPage(), "yybadaccess-apps-end.json", DEFAULTS);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
    }

    @Test
    void leavesARepeatedPageToTheCrawlersPagingPolicy() {
        StoreRequest page1 = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).next().get(0);
        StoreRequest page2 = parse(page1, "yybadaccess-apps-page1.json", DEFAULTS).next().get(0);
        DiscoveryResult r = parse(page2, "yybadaccess-apps-page1.json", DEFAULTS);
        assertThat(r.apps()).hasSize(3);
        assertThat(r.next()).singleElement().satisfies(
                n -> assertThat(JsonTree.number(body(n), "body.listI.offset.repInt.0")).contains(3L));
    }

    @Test
    void namesTheListAsThePagesChannel() {
        assertThat(parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).channel())
                .contains(DiscoveryChannel.category("list:app:all"));
    }

    @Test
    void stopsWhenTheReplySaysThereIsNoMore() {
        String reply = text("yybadaccess-apps-page0.json").replace("\"name\": \"AppLibraryList\"",
                "\"name\": \"AppLibraryList\", \"hasMore\": false");
        DiscoveryResult r = adapter.parseDiscovery(firstAppPage(), ok(LIST_URL, reply), DEFAULTS);
        assertThat(r.apps()).hasSize(3);
        assertThat(r.next()).isEmpty();
    }

    @Test
    void findsTheItemsByShapeWhenAnotherComponentComesFirst() {
        assertThat(parse(firstAppPage(), "yybadaccess-apps-items-not-first.json", DEFAULTS).apps())
                .extracting(AppRef::storeAppId)
                .containsExactly("com.ss.android.ugc.aweme", "com.sankuai.meituan", "com.tencent.mobileqq");
    }

    @Test
    void reportsHtmlInsteadOfJsonAsUnexpectedFormat() {
        ParseProblem p = problem(parse(firstAppPage(), Fixtures.ALIPAY_PAGE, DEFAULTS));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.subject()).isEqualTo(LIST_URL);
    }

    @Test
    void reportsACaptchaAsBlocked() {
        assertThat(problem(parse(firstAppPage(), "captcha.html", DEFAULTS)).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsTooManyRequestsAsBlocked() {
        assertThat(problem(adapter.parseDiscovery(firstAppPage(), status(LIST_URL, 429, ""), DEFAULTS)).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsAStoreErrorCodeAsUnexpectedFormat() {
        ParseProblem p = problem(adapter.parseDiscovery(firstAppPage(),
                ok(LIST_URL, "{\"ret\":-10,\"msg\":\"invalid guid\"}"), DEFAULTS));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.message()).isEqualTo("ret -10: invalid guid");
    }

    @Test
    void reportsDriftWhenTheComponentsAreGone() {
        ParseProblem p = problem(adapter.parseDiscovery(firstAppPage(), ok(LIST_URL, "{\"ret\":0,\"data\":{}}"),
                DEFAULTS));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("data.components");
    }

    @Test
    void reportsDriftWhenNoComponentListsApps() {
        String reply = text("yybadaccess-apps-page0.json").replace("\"itemData\"", "\"appList\"");
        ParseProblem p = problem(adapter.parseDiscovery(firstAppPage(), ok(LIST_URL, reply), DEFAULTS));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("data.components[].data.itemData");
    }

    @Test
    void reportsDriftWhenListedAppsLosePackageNames() {
        String reply = text("yybadaccess-apps-page0.json").replace("\"pkg_name\"", "\"packageName\"");
        ParseProblem p = problem(adapter.parseDiscovery(firstAppPage(), ok(LIST_URL, reply), DEFAULTS));
        assertThat(p.missing()).containsExactly("data.components[].data.itemData[].pkg_name");
    }

    @Test
    void keepsWhatAListItemSaysInTheDetailPagesFieldsAndUnits() {
        ListItem alipay = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).apps().get(1).item()
                .orElseThrow();

        assertThat(alipay.versionName()).contains("10.8.6.8000");
        assertThat(alipay.developer()).contains("支付宝（杭州）信息技术有限公司");
        assertThat(alipay.rating()).contains(3.6);
        // update_time is epoch seconds, apk_size bytes sent as a string
        assertThat(alipay.updatedAt().map(OffsetDateTime::toInstant)).contains(Instant.ofEpochSecond(1763602712L));
        assertThat(alipay.sizeBytes()).contains(171_332_117L);
    }

    @Test
    void leavesAListItemsMissingFieldsUnknown() {
        ListItem wechat = parse(firstAppPage(), "yybadaccess-apps-page0.json", DEFAULTS).apps().get(0).item()
                .orElseThrow();

        // the list reply carries no download_num and no category field (its "tags" is not the detail's tags_st)
        assertThat(wechat.downloads()).isEmpty();
        assertThat(wechat.category()).isEmpty();
    }

    @Test
    void readsDownloadCountsInChineseUnitsAsTheDetailPageDoes() {
        String reply = text("yybadaccess-apps-page0.json").replace("\"version_name\": \"8.0.74\",",
                "\"version_name\": \"8.0.74\", \"download_num\": \"12.5亿\",");

        ListItem wechat = adapter.parseDiscovery(firstAppPage(), ok(LIST_URL, reply), DEFAULTS).apps().get(0).item()
                .orElseThrow();

        assertThat(wechat.downloads()).contains(1_250_000_000L);
    }

    @Test
    void readsSearchResultsFromTheSearchListComponent() {
        StoreRequest search = adapter.discoverySeeds(new DiscoveryOptions(List.of(), List.of("微信"), 30)).get(2);
        DiscoveryResult r = adapter.parseDiscovery(search, ok(search.url(),
                Fixtures.nextDataPage(text("sjqq-search-NEXT_DATA.testfixture.json"))), DEFAULTS);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("item").containsExactly(
                AppRef.of(StoreId.TENCENT, "com.tencent.mm", "com.tencent.mm", "微信", "tencent:search:微信"));
        assertThat(r.next()).isEmpty();
    }

    @Test
    void readsTheNextDataJsonSavedOnItsOwnLikeThePage() {
        StoreRequest search = adapter.discoverySeeds(new DiscoveryOptions(List.of(), List.of("微信"), 30)).get(2);
        DiscoveryResult r = adapter.parseDiscovery(search, ok(search.url(),
                text("sjqq-search-NEXT_DATA.testfixture.json")), DEFAULTS);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("com.tencent.mm");
    }

    @Test
    void reportsDriftWhenTheSearchListIsGone() {
        StoreRequest search = adapter.discoverySeeds(new DiscoveryOptions(List.of(), List.of("微信"), 30)).get(2);
        String page = Fixtures.nextDataPage(text("sjqq-search-NEXT_DATA.testfixture.json")
                .replace("\"SearchList\"", "\"SearchResultV2\""));
        ParseProblem p = problem(adapter.parseDiscovery(search, ok(search.url(), page), DEFAULTS));
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly(
                "props.pageProps.dynamicCardResponse.data.components[data.name=SearchList].data.itemData");
    }

    @Test
    void reportsACaptchaInsteadOfSearchResultsAsBlocked() {
        StoreRequest search = StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                "https://sj.qq.com/search?q=abc");
        assertThat(problem(adapter.parseDiscovery(search, ok(search.url(), text("captcha.html")), DEFAULTS)).kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }
}
