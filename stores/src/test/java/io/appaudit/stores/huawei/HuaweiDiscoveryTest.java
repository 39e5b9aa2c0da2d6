package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seeds, list pages, paging and its guards. */
class HuaweiDiscoveryTest {

    private static final String GATEWAY = "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index"
            + "?method=internal.getTabDetail&serviceType=20";
    private static final String TAB = "2666e39577d545269a9bdea18a83070c";

    private final HuaweiAdapter adapter = new HuaweiAdapter();

    private static DiscoveryOptions options(int maxPages) {
        return new DiscoveryOptions(List.of(TAB), List.of("微信"), 30);
    }

    private static StoreRequest tabPage(int page) {
        return StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY,
                GATEWAY + "&reqPageNum=" + page + "&uri=" + TAB + "&maxResults=25&zone=&locale=zh");
    }

    private DiscoveryResult parse(StoreRequest request, String fixture, int maxPages) {
        return adapter.parseDiscovery(request, response(request.url(), fixture), options(maxPages));
    }

    @Test
    void seedsTheGivenTabsAndKeywordSearches() {
        assertThat(adapter.discoverySeeds(options(10))).containsExactly(
                tabPage(1),
                StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY, GATEWAY
                        + "&reqPageNum=1&uri=searchApp%7C%E5%BE%AE%E4%BF%A1&maxResults=25&zone=&locale=zh"));
    }

    @Test
    void sweepsTheDefaultKeywordsWhenNothingIsGiven() {
        List<StoreRequest> seeds = adapter.discoverySeeds(DiscoveryOptions.defaults());
        assertThat(seeds).hasSize(HuaweiAdapter.DEFAULT_KEYWORDS.size());
        assertThat(seeds).allSatisfy(r -> {
            assertThat(r.url()).contains("&uri=searchApp%7C").contains("&maxResults=25&");
            assertThat(r.purpose()).isEqualTo(StoreRequest.Purpose.DISCOVERY);
        });
    }

    @Test
    void theDefaultSweepCoversTheCommonCategoryWords() {
        assertThat(HuaweiAdapter.DEFAULT_KEYWORDS).doesNotHaveDuplicates().containsAll(List.of("社交", "购物", "视频",
                "音乐", "新闻", "阅读", "游戏", "金融", "地图", "天气", "教育", "旅游", "出行", "健康", "工具", "办公", "摄影",
                "美食", "生活", "母婴", "体育", "汽车", "房产", "招聘", "理财", "银行", "外卖", "直播", "小说", "漫画"));
    }

    @Test
    void asksForNoMoreThanTwentyFiveItemsAPage() {
        DiscoveryOptions small = new DiscoveryOptions(List.of(TAB), List.of(), 10);
        assertThat(adapter.discoverySeeds(small).get(0).url()).contains("&maxResults=10&");
    }

    @Test
    void readsTheAppsOfAListPage() {
        DiscoveryResult r = parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).hasSize(15);
        assertThat(r.apps().get(0)).isEqualTo(new AppRef(StoreId.HUAWEI, "C10114823",
                Optional.of("com.tencent.transfer"), Optional.of("换机助手"), "tab:" + TAB,
                Optional.of(ListItem.of("1.5.46", 300_000_000L, 3.7, null, "实用工具"))));
    }

    @Test
    void asksForTheNextPageWhileTheStoreSaysThereIsOne() {
        assertThat(parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10).next()).containsExactly(tabPage(2));
    }

    @Test
    void stopsAtTheLastPage() {
        parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10);
        DiscoveryResult last = parse(tabPage(2), HuaweiFixtures.TAB_PAGE_2, 10);
        assertThat(last.apps()).hasSize(15);
        assertThat(last.next()).isEmpty();
        assertThat(last.ended()).isTrue();
    }

    @Test
    void leavesARepeatedPageToTheCrawlersPagingPolicy() {
        // adapters keep no state: a page repeating the one before still offers the next page the store announces
        parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10);
        DiscoveryResult repeated = parse(tabPage(2), HuaweiFixtures.TAB_PAGE_1, 10);
        assertThat(repeated.next()).containsExactly(tabPage(3));
        assertThat(repeated.ended()).isFalse();
    }

    @Test
    void readsEveryPageAloneWhateverCameBefore() {
        parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10);
        parse(tabPage(2), HuaweiFixtures.TAB_PAGE_2, 10);
        assertThat(parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10).next()).containsExactly(tabPage(2));
    }

    @Test
    void namesTheListAPageBelongsTo() {
        assertThat(parse(tabPage(1), HuaweiFixtures.TAB_PAGE_1, 10).channel())
                .contains(DiscoveryChannel.category(TAB));
        StoreRequest detail = StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY,
                HuaweiFixtures.WECHAT_URL);
        assertThat(parse(detail, HuaweiFixtures.WECHAT, 10).channel()).contains(DiscoveryChannel.related("C5683"));
    }

    @Test
    void findsTheAppAndItsRelatedAppsInADetailReply() {
        StoreRequest detail = StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY,
                HuaweiFixtures.WECHAT_URL);
        DiscoveryResult r = parse(detail, HuaweiFixtures.WECHAT, 10);
        assertThat(r.apps()).hasSize(30);
        assertThat(r.apps().get(0)).isEqualTo(new AppRef(StoreId.HUAWEI, "C5683", Optional.of("com.tencent.mm"),
                Optional.of("微信"), "related:C5683"));
        assertThat(r.next()).isEmpty();
    }

    @Test
    void readsAnEmptyListAsTheEnd() {
        DiscoveryResult r = parse(tabPage(3), HuaweiFixtures.NOT_LISTED, 10);
        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
    }

    @Test
    void reportsAnExpiredTokenAsBlocked() {
        DiscoveryResult r = parse(tabPage(1), HuaweiFixtures.TOKEN_EXPIRED, 10);
        assertThat(r.problem()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
            assertThat(p.subject()).isEqualTo(TAB);
        });
    }

    @Test
    void reportsACaptchaPageAsBlocked() {
        assertThat(parse(tabPage(1), HuaweiFixtures.CAPTCHA, 10).problem())
                .hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(ParseProblem.Kind.BLOCKED));
    }
}
