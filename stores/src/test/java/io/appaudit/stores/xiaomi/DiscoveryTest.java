package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private static final String PAGE0 =
            "https://app.mi.com/categotyAllListApi?page=0&categoryId=2&pageSize=30";
    private static final String PAGE1 =
            "https://app.mi.com/categotyAllListApi?page=1&categoryId=2&pageSize=30";
    private static final Map<String, String> REFERER = Map.of("Referer", "https://app.mi.com/");

    private final XiaomiAdapter adapter = new XiaomiAdapter();
    private final DiscoveryOptions defaults = DiscoveryOptions.defaults();

    private static StoreRequest list(String url) {
        return StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.DISCOVERY, url, REFERER);
    }

    private static StoreResponse json(String url, String fixture) {
        return Fixtures.response(url, 200, Fixtures.bytes(fixture));
    }

    private DiscoveryResult parse(String url, String fixture, DiscoveryOptions options) {
        return adapter.parseDiscovery(list(url), json(url, fixture), options);
    }

    @Test
    void seedsTheFirstPageOfCategoriesOneToTwentyNine() {
        List<StoreRequest> seeds = adapter.discoverySeeds(defaults);
        assertThat(seeds).hasSize(29);
        assertThat(seeds.get(0)).isEqualTo(list(
                "https://app.mi.com/categotyAllListApi?page=0&categoryId=1&pageSize=30"));
        assertThat(seeds.get(28).url())
                .isEqualTo("https://app.mi.com/categotyAllListApi?page=0&categoryId=29&pageSize=30");
    }

    @Test
    void seedsTheGivenCategoriesAndKeywordSearchesWithTheGivenPageSize() {
        DiscoveryOptions options = new DiscoveryOptions(List.of("2", "15"), List.of("微信 读书"), 50);
        assertThat(adapter.discoverySeeds(options)).containsExactly(
                list("https://app.mi.com/categotyAllListApi?page=0&categoryId=2&pageSize=50"),
                list("https://app.mi.com/categotyAllListApi?page=0&categoryId=15&pageSize=50"),
                list("https://m.app.mi.com/searchapi?keywords=%E5%BE%AE%E4%BF%A1+%E8%AF%BB%E4%B9%A6"
                        + "&pageIndex=0&pageSize=50"));
    }

    @Test
    void readsPackagesAndNamesOfACategoryPage() {
        DiscoveryResult r = parse(PAGE0, "categotyAllListApi-page0.json", defaults);
        assertThat(r.problem()).isEmpty();
        // what the items say beyond package and name: readsTheCategoryOfACategoryListItem
        assertThat(r.apps()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("item").containsExactly(
                new AppRef(StoreId.XIAOMI, "com.tencent.mm", Optional.of("com.tencent.mm"), Optional.of("微信"),
                        "category:2"),
                new AppRef(StoreId.XIAOMI, "com.tencent.mobileqq", Optional.of("com.tencent.mobileqq"),
                        Optional.of("QQ"), "category:2"),
                new AppRef(StoreId.XIAOMI, "com.sina.weibo", Optional.of("com.sina.weibo"), Optional.of("微博"),
                        "category:2"));
    }

    @Test
    void readsTheCategoryOfACategoryListItemAndNothingElse() {
        ListItem wechat = parse(PAGE0, "categotyAllListApi-page0.json", defaults).apps().get(0).item().orElseThrow();

        assertThat(wechat.category()).contains("聊天社交");
        // category lists carry no developer, version, date or size: unknown, not empty values
        assertThat(wechat.developer()).isEmpty();
        assertThat(wechat.versionName()).isEmpty();
        assertThat(wechat.updatedAt()).isEmpty();
        assertThat(wechat.sizeBytes()).isEmpty();
    }

    @Test
    void readsTheDeveloperOfASearchItem() {
        String url = "https://m.app.mi.com/searchapi?keywords=%E5%BE%AE%E4%BF%A1&pageIndex=0&pageSize=30";
        ListItem wework = parse(url, "searchapi.json", defaults).apps().get(1).item().orElseThrow();

        assertThat(wework.developer()).contains("深圳市腾讯计算机系统有限公司");
        assertThat(wework.category()).contains("效率办公");
    }

    @Test
    void readsVersionUpdateTimeSizeAndPublisherOfAClientApiItem() {
        String url = "https://app.market.xiaomi.com/apm/featured?page=0";
        ListItem elong = parse(url, "market-apm-list-datas-2017.json", defaults).apps().get(0).item().orElseThrow();

        assertThat(elong.versionName()).contains("9.31.2");
        assertThat(elong.developer()).contains("艺龙旅行官方出品");
        assertThat(elong.category()).contains("旅行交通");
        assertThat(elong.updatedAt().map(OffsetDateTime::toInstant)).contains(Instant.ofEpochMilli(1507863411840L));
        assertThat(elong.sizeBytes()).contains(38_347_422L);
    }

    @Test
    void announcesTheCountAsTheCatalogueSize() {
        assertThat(parse(PAGE0, "categotyAllListApi-page0.json", defaults).totalApps().getAsLong()).isEqualTo(2000);
    }

    @Test
    void leavesANonFiniteCountUnknown() {
        String body = Fixtures.text("categotyAllListApi-page0.json").replace("\"count\":2000", "\"count\":1e999");
        assertThat(adapter.parseDiscovery(list(PAGE0), Fixtures.ok(PAGE0, body), defaults).totalApps()).isEmpty();
    }

    @Test
    void requestsTheNextPageWhileTheStoreSaysHasNext() {
        assertThat(parse(PAGE0, "categotyAllListApi-page0.json", defaults).next()).containsExactly(list(PAGE1));
    }

    @Test
    void stopsAtTheLastPage() {
        parse(PAGE0, "categotyAllListApi-page0.json", defaults);
        DiscoveryResult r = parse(PAGE1, "categotyAllListApi-last.json", defaults);
        assertThat(r.apps()).hasSize(2);
        assertThat(r.next()).isEmpty();
    }

    @Test
    void leavesARepeatedPageToTheCrawlersPagingPolicy() {
        parse(PAGE0, "categotyAllListApi-page0.json", defaults);
        DiscoveryResult repeated = parse(PAGE1, "categotyAllListApi-page0.json", defaults);
        assertThat(repeated.apps()).hasSize(3);
        assertThat(repeated.next()).extracting(StoreRequest::url).singleElement().asString().contains("page=2&");
    }

    @Test
    void namesTheCategoryOrKeywordAsThePagesChannel() {
        assertThat(parse(PAGE0, "categotyAllListApi-page0.json", defaults).channel())
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(DiscoveryChannel.Kind.CATEGORY));
    }

    @Test
    void stopsAtAnEmptyPageEvenIfTheStoreSaysHasNext() {
        StoreResponse empty = Fixtures.response(PAGE1, 200,
                "{\"count\":2000,\"data\":[],\"hasNext\":true}".getBytes(StandardCharsets.UTF_8));
        DiscoveryResult r = adapter.parseDiscovery(list(PAGE1), empty, defaults);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
    }

    @Test
    void startsAFreshWalkAtPageZero() {
        parse(PAGE0, "categotyAllListApi-page0.json", defaults);
        assertThat(parse(PAGE0, "categotyAllListApi-page0.json", defaults).next()).containsExactly(list(PAGE1));
    }

    @Test
    void readsASearchReplyAsOnePage() {
        String url = "https://m.app.mi.com/searchapi?keywords=%E5%BE%AE%E4%BF%A1&pageIndex=0&pageSize=30";
        DiscoveryResult r = parse(url, "searchapi.json", defaults);
        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("com.tencent.mm", "com.tencent.wework");
        assertThat(r.apps()).extracting(AppRef::via).containsOnly("search:微信");
        assertThat(r.next()).isEmpty();
    }

    @Test
    void followsASearchReplyThatSaysThereIsMore() {
        String url = "https://m.app.mi.com/searchapi?keywords=abc&pageIndex=0&pageSize=30";
        String body = Fixtures.text("searchapi.json").strip();
        body = body.substring(0, body.length() - 1) + ",\"hasNext\":true}";
        DiscoveryResult r = adapter.parseDiscovery(list(url), Fixtures.ok(url, body), defaults);
        assertThat(r.next()).extracting(StoreRequest::url)
                .containsExactly("https://m.app.mi.com/searchapi?keywords=abc&pageIndex=1&pageSize=30");
    }

    @Test
    void readsTheClientApiListShape() {
        String url = "https://app.market.xiaomi.com/apm/featured?page=0";
        DiscoveryResult r = parse(url, "market-apm-list-datas-2017.json", defaults);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).extracting(AppRef::storeAppId)
                .containsExactly("com.elong.hotel.ui", "com.junte", "com.tencent.tmgp.sgame");
        assertThat(r.apps()).extracting(a -> a.name().orElseThrow())
                .containsExactly("艺龙酒店-酒店大促", "团贷网", "王者荣耀");
        assertThat(r.next()).isEmpty();
    }

    @Test
    void reportsHtmlInsteadOfJsonAsUnexpectedFormat() {
        DiscoveryResult r = parse(PAGE0, "details-unknown-package.html", defaults);
        assertThat(r.problem().orElseThrow().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
    }

    @Test
    void reportsAVerificationPageAsBlocked() {
        assertThat(parse(PAGE0, "verification.html", defaults).problem().orElseThrow().kind())
                .isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsHttp429AsBlockedAnd500AsAnUnreadableStatus() {
        assertThat(adapter.parseDiscovery(list(PAGE0), Fixtures.response(PAGE0, 429, new byte[0]), defaults)
                .problem().orElseThrow().kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
        assertThat(adapter.parseDiscovery(list(PAGE0), Fixtures.response(PAGE0, 500, new byte[0]), defaults)
                .problem().orElseThrow().kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
    }

    @Test
    void namesTheMissingItemsArrayAsDrift() {
        StoreResponse r = Fixtures.ok(PAGE0, "{\"count\":0,\"list\":[],\"hasNext\":false}");
        ParseProblem p = adapter.parseDiscovery(list(PAGE0), r, defaults).problem().orElseThrow();
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("data");
    }

    @Test
    void namesTheMissingPackageOfItemsAsDrift() {
        String body = Fixtures.text("categotyAllListApi-page0.json").replace("packageName", "pkg");
        ParseProblem p = adapter.parseDiscovery(list(PAGE0), Fixtures.ok(PAGE0, body), defaults).problem()
                .orElseThrow();
        assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(p.missing()).containsExactly("data[].packageName");
    }
}
