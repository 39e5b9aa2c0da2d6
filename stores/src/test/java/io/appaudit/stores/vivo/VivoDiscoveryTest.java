package io.appaudit.stores.vivo;

import static io.appaudit.stores.vivo.VivoFixtures.ok;
import static io.appaudit.stores.vivo.VivoFixtures.okText;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VivoDiscoveryTest {

    private static final String SEARCH = "https://h5-api.appstore.vivo.com.cn/h5appstore/search/result-list"
            + "?app_version=2100&page_index=%d&apps_per_page=20&target=local&cfrom=2&key=%%E5%%A4%%A9%%E6%%B0%%94";
    private static final DiscoveryOptions WEATHER = new DiscoveryOptions(List.of(), List.of("天气"), 20);

    private final VivoAdapter adapter = new VivoAdapter();

    @Test
    void seedsPageOneOfTheSearchForEachConfiguredKeyword() {
        List<StoreRequest> seeds = adapter.discoverySeeds(
                new DiscoveryOptions(List.of(), List.of("天气", "map app"), 20));

        assertThat(seeds).extracting(StoreRequest::url).containsExactly(
                String.format(SEARCH, 1),
                "https://h5-api.appstore.vivo.com.cn/h5appstore/search/result-list"
                        + "?app_version=2100&page_index=1&apps_per_page=20&target=local&cfrom=2&key=map%20app");
        assertThat(seeds).allSatisfy(r -> {
            assertThat(r.isPlainGet()).isTrue();
            assertThat(r.purpose()).isEqualTo(StoreRequest.Purpose.DISCOVERY);
            assertThat(r.store()).isEqualTo(StoreId.VIVO);
        });
    }

    @Test
    void theDefaultSweepCoversTheCommonCategoryWords() {
        assertThat(VivoAdapter.DEFAULT_KEYWORDS).containsAll(List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏",
                "金融", "地图", "天气", "教育", "旅游", "出行", "健康", "工具", "办公", "摄影", "美食", "生活", "母婴", "体育",
                "汽车", "房产", "招聘", "理财", "银行", "外卖", "直播", "小说", "漫画"));
    }

    @Test
    void sweepsTheDefaultKeywordsWhenNoneAreConfigured() {
        List<StoreRequest> seeds = adapter.discoverySeeds(DiscoveryOptions.defaults());

        assertThat(VivoAdapter.DEFAULT_KEYWORDS).hasSizeGreaterThanOrEqualTo(70).doesNotHaveDuplicates();
        assertThat(seeds).hasSameSizeAs(VivoAdapter.DEFAULT_KEYWORDS);
        assertThat(seeds.get(0).url()).endsWith("page_index=1&apps_per_page=30&target=local&cfrom=2&key=%E8%A7%86%E9%A2%91");
    }

    @Test
    void skipsBlankAndRepeatedKeywords() {
        List<StoreRequest> seeds = adapter.discoverySeeds(
                new DiscoveryOptions(List.of(), List.of("天气", " ", "天气 "), 20));

        assertThat(seeds).extracting(StoreRequest::url).containsExactly(String.format(SEARCH, 1));
    }

    @Test
    void readsAppsKeyedByIdAndSkipsCardsWithoutOne() {
        DiscoveryResult result = parse(1, "vivo-search.fixture.json");

        assertThat(result.problem()).isEmpty();
        assertThat(result.apps()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("item").containsExactly(
                AppRef.of(StoreId.VIVO, "12345", "org.example.app", "Example App", "search:天气"),
                AppRef.of(StoreId.VIVO, "67890", "org.example.notes", "Example Notes", "search:天气"));
    }

    @Test
    void keepsWhatASearchResultSaysAboutItsApp() {
        ListItem app = parse(1, "vivo-search.fixture.json").apps().get(0).item().orElseThrow();

        assertThat(app.versionName()).contains("3.1.0");
        assertThat(app.developer()).contains("Example Labs");
        assertThat(app.downloads()).contains(1000L);
        assertThat(app.rating()).contains(4.5);
        assertThat(app.sizeBytes()).contains(20_480L * 1024);
    }

    @Test
    void leavesWhatASearchResultDoesNotSayUnknown() {
        ListItem notes = parse(1, "vivo-search.fixture.json").apps().get(1).item().orElseThrow();

        assertThat(notes.versionName()).contains("1.0");
        assertThat(notes.developer()).contains("Example Labs");
        assertThat(notes.downloads()).isEmpty();
        assertThat(notes.rating()).isEmpty();
        assertThat(notes.sizeBytes()).isEmpty();
        assertThat(notes.updatedAt()).isEmpty();
    }

    @Test
    void announcesTheTotalCount() {
        assertThat(parse(1, "vivo-search-page1.json").totalApps()).hasValue(55);
    }

    @Test
    void asksForNoFurtherPageAfterTheOnlyPage() {
        assertThat(parse(1, "vivo-search.fixture.json").next()).isEmpty();
    }

    @Test
    void asksForTheNextPageWhileBelowMaxPage() {
        DiscoveryResult result = parse(1, "vivo-search-page1.json");

        assertThat(result.next()).extracting(StoreRequest::url).containsExactly(String.format(SEARCH, 2));
    }

    @Test
    void addsFocusCardAppsAndDropsRepeatedItems() {
        assertThat(parse(1, "vivo-search-page1.json").apps()).extracting(AppRef::storeAppId)
                .containsExactly("3021781", "3021790", "3200001");
    }

    @Test
    void stopsOnTheLastPage() {
        parse(1, "vivo-search-page1.json");

        assertThat(parse(3, "vivo-search-page3.json").next()).isEmpty();
    }

    @Test
    void leavesARepeatedPageToTheCrawlersPagingPolicy() {
        parse(1, "vivo-search-page1.json");

        DiscoveryResult repeated = parse(2, "vivo-search-page1.json");

        assertThat(repeated.next()).extracting(StoreRequest::url).containsExactly(String.format(SEARCH, 3));
    }

    @Test
    void goesOnWhenTheNextPageBringsNewApps() {
        parse(1, "vivo-search-page1.json");

        DiscoveryResult second = parse(2, "vivo-search-page3.json");

        assertThat(second.next()).extracting(StoreRequest::url).containsExactly(String.format(SEARCH, 3));
    }

    @Test
    void namesTheKeywordSearchAsThePagesChannel() {
        assertThat(parse(1, "vivo-search-page1.json").channel()).contains(DiscoveryChannel.search("天气"));
    }

    @Test
    void readsAnEmptySearchAsNoAppsAndNoNextPage() {
        DiscoveryResult result = parse(1, "vivo-search-empty.fixture.json");

        assertThat(result.problem()).isEmpty();
        assertThat(result.apps()).isEmpty();
        assertThat(result.next()).isEmpty();
    }

    @Test
    void reportsDriftWhenTheReplyHasNoSearchResponse() {
        ParseProblem problem = parse(1, "vivo-search-drift.json").problem().orElseThrow();

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("data.appSearchResponse");
        assertThat(problem.subject()).isEqualTo("search:天气#1");
    }

    @Test
    void reportsDriftWhenNoResultCarriesAnId() {
        String body = "{\"code\":0,\"data\":{\"appSearchResponse\":{\"result\":true,\"maxPage\":2,"
                + "\"value\":[{\"title_zh\":\"示例\",\"appId\":1}]}}}";

        ParseProblem problem = adapter.parseDiscovery(request(1), okText(String.format(SEARCH, 1), body), WEATHER)
                .problem().orElseThrow();

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("data.appSearchResponse.value[].id");
    }

    @Test
    void readsACaptchaInsteadOfResultsAsBlocked() {
        assertThat(parse(1, "vivo-captcha.html").problem()).hasValueSatisfying(p ->
                assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED));
    }

    @Test
    void readsHtmlInsteadOfResultsAsUnexpectedFormat() {
        assertThat(parse(1, "vivo-bad-gateway.html").problem()).hasValueSatisfying(p ->
                assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT));
    }

    @Test
    void keysEveryAppOnAPageOnce() {
        List<AppRef> apps = parse(1, "vivo-search-page1.json").apps();

        assertThat(new HashSet<>(apps.stream().map(AppRef::storeAppId).toList())).hasSameSizeAs(apps);
    }

    private DiscoveryResult parse(int page, String fixture) {
        return adapter.parseDiscovery(request(page), ok(String.format(SEARCH, page), fixture), WEATHER);
    }

    private static StoreRequest request(int page) {
        return StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.DISCOVERY, String.format(SEARCH, page));
    }
}
