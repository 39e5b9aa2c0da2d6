package io.appaudit.stores.oppo;

import static io.appaudit.stores.oppo.OppoFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class OppoDiscoveryTest {

    private static final String INDEX = "https://app.cdo.oppomobile.com/home/store/index.json?start=0&size=20";
    private static final String RESOURCES =
            "https://api-cn.store.heytapmobi.com/card/store/v3/cat/resources/alg/1?cid=81&subId=8101&cType=1&size=10&start=0";
    private static final DiscoveryOptions OPTIONS = new DiscoveryOptions(List.of(), List.of(), 20);
    private static final OppoSigning SIGNING = new OppoSigning("k".repeat(48), "CONSTANT", "oak0", "ocs0", "dev0///");

    private final OppoAdapter unsigned = new OppoAdapter();
    private final OppoAdapter signed = new OppoAdapter(Optional.of(SIGNING));

    private static StoreRequest get(String url) {
        return StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.DISCOVERY, url);
    }

    @Test
    void unsignedSeedsAreTheFirstPagesOfTheThreeH5Feeds() {
        assertThat(unsigned.discoverySeeds(OPTIONS)).extracting(StoreRequest::url).containsExactly(
                "https://app.cdo.oppomobile.com/home/store/index.json?start=0&size=20",
                "https://app.cdo.oppomobile.com/home/store/required.json?start=0&size=20",
                "https://app.cdo.oppomobile.com/home/game/index.json?start=0&size=20");
    }

    @Test
    void signedSeedsAskForTheCategoryListAndSearchEachKeyword() {
        DiscoveryOptions options = new DiscoveryOptions(List.of(), List.of("微信 输入法"), 20);

        assertThat(signed.discoverySeeds(options)).extracting(StoreRequest::url).containsExactly(
                "https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0",
                "https://api-cn.store.heytapmobi.com/search/v1/search?keyword=%E5%BE%AE%E4%BF%A1%20%E8%BE%93%E5%85%A5%E6%B3%95&start=0&size=10");
    }

    @Test
    void signedSeedsPageGivenCategoriesDirectly() {
        DiscoveryOptions options = new DiscoveryOptions(List.of("81/8101", "82"), List.of(), 20);

        assertThat(signed.discoverySeeds(options)).extracting(StoreRequest::url).containsExactly(RESOURCES,
                "https://api-cn.store.heytapmobi.com/card/store/v3/cat/resources/alg/1?cid=82&subId=0&cType=1&size=10&start=0");
    }

    @Test
    void rejectsACategoryThatIsNotANumericId() {
        DiscoveryOptions options = new DiscoveryOptions(List.of("games"), List.of(), 20);

        assertThatThrownBy(() -> signed.discoverySeeds(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'games'");
    }

    @Test
    void readsAppsFromTheH5FeedSample() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX),
                ok(INDEX, "h5_store_index_json_FIXTURE_trimmed.json"), OPTIONS);

        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).containsExactly(new AppRef(StoreId.OPPO, "4169", Optional.of("com.tencent.mm"),
                Optional.of("微信"), INDEX, Optional.of(ListItem.of(null, 17_340_000_000L, 2.93813, null, null))));
    }

    @Test
    void keepsWhatAFeedItemSaysBeyondPackageAndNameForAListOnlyListing() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), ok(INDEX, "h5_store_index_page_HANDWRITTEN.json"),
                OPTIONS);

        assertThat(r.apps()).extracting(a -> a.item().orElseThrow()).containsExactly(
                ListItem.of(null, 17_340_000_000L, 2.93813, null, null),
                ListItem.of(null, 8_120_000_000L, 3.1, null, null));
        assertThat(r.apps()).allSatisfy(a -> assertThat(a.item().orElseThrow().seen()).isEmpty());
    }

    @Test
    void requestsTheNextH5PageWhileTheFeedIsNotAtItsEnd() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), ok(INDEX, "h5_store_index_page_HANDWRITTEN.json"),
                OPTIONS);

        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("4169", "33773");
        assertThat(r.next()).extracting(StoreRequest::url).containsExactly(
                "https://app.cdo.oppomobile.com/home/store/index.json?start=20&size=20");
    }

    @Test
    void stopsAtTheLastPageWhenTheStoreSaysIsEnd() {
        String page2 = RESOURCES.replace("start=0", "start=10");

        DiscoveryResult r = signed.parseDiscovery(get(page2), ok(page2, "cat_resources_page2_HANDWRITTEN.json"),
                OPTIONS);

        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("33773");
        assertThat(r.next()).isEmpty();
    }

    @Test
    void requestsTheNextCategoryPageUntilIsEnd() {
        DiscoveryResult r = signed.parseDiscovery(get(RESOURCES), ok(RESOURCES, "cat_resources_page1_HANDWRITTEN.json"),
                OPTIONS);

        assertThat(r.apps()).extracting(AppRef::storeAppId, a -> a.packageName().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4169", "com.tencent.mm"),
                        org.assertj.core.groups.Tuple.tuple("3700438", "com.ss.android.ugc.aweme"));
        assertThat(r.next()).extracting(StoreRequest::url).singleElement().asString()
                .isEqualTo(RESOURCES.replace("start=0", "start=10"));
    }

    @Test
    void leavesARepeatedPageToTheCrawlersPagingPolicy() {
        String second = "https://app.cdo.oppomobile.com/home/store/index.json?start=20&size=20";

        DiscoveryResult r = unsigned.parseDiscovery(get(second), ok(second, "h5_store_index_page_HANDWRITTEN.json"),
                OPTIONS);

        assertThat(r.next()).extracting(StoreRequest::url)
                .containsExactly("https://app.cdo.oppomobile.com/home/store/index.json?start=40&size=20");
    }

    @Test
    void stopsOnAPageWithoutApps() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX),
                OppoFixtures.okText(INDEX, "{\"errno\":0,\"data\":{\"cards\":[],\"isEnd\":false}}"), OPTIONS);

        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
    }

    @Test
    void reportsANonZeroErrnoAsAProblem() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), ok(INDEX, "h5_errno_HANDWRITTEN.json"), OPTIONS);

        assertThat(r.problem()).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
            assertThat(p.message()).contains("errno=1001");
        });
        assertThat(r.apps()).isEmpty();
    }

    @Test
    void reportsHtmlWhereTheFeedJsonWasExpectedAsUnexpectedFormat() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), ok(INDEX, "h5_store_module2_html_FIXTURE.html"),
                OPTIONS);

        assertThat(r.problem()).get().extracting(ParseProblem::kind).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
    }

    @Test
    void reportsACaptchaPageAsBlocked() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), ok(INDEX, "captcha_HANDWRITTEN.html"), OPTIONS);

        assertThat(r.problem()).get().extracting(ParseProblem::kind).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsStatus429AsBlocked() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), OppoFixtures.status(INDEX, 429, ""), OPTIONS);

        assertThat(r.problem()).get().extracting(ParseProblem::kind).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void reportsStatus503AsHttpStatus() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), OppoFixtures.status(INDEX, 503, ""), OPTIONS);

        assertThat(r.problem()).get().extracting(ParseProblem::kind).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
    }

    @Test
    void reportsAFeedWithoutCardsAsDriftNamingThePath() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX),
                OppoFixtures.okText(INDEX, "{\"errno\":0,\"data\":{\"list\":[],\"isEnd\":true}}"), OPTIONS);

        assertThat(r.problem()).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
            assertThat(p.missing()).containsExactly("data.cards");
        });
    }

    @Test
    void reportsItemsWithoutAppIdsAsDrift() {
        DiscoveryResult r = unsigned.parseDiscovery(get(INDEX), OppoFixtures.okText(INDEX,
                "{\"errno\":0,\"data\":{\"cards\":[{\"apps\":[{\"id\":1,\"pkgName\":\"a.b\"}]}],\"isEnd\":true}}"),
                OPTIONS);

        assertThat(r.problem()).get().extracting(ParseProblem::missing).asList()
                .containsExactly("data.cards[].apps[].appId");
    }

    @Test
    void turnsTheCategoryListIntoOnePageRequestPerSubcategory() {
        String url = "https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0";

        DiscoveryResult r = signed.parseDiscovery(get(url), ok(url, "cat_app_v4_HANDWRITTEN.json"), OPTIONS);

        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).isEmpty();
        assertThat(r.lists()).extracting(StoreRequest::url).containsExactly(RESOURCES,
                RESOURCES.replace("subId=8101", "subId=8102"),
                RESOURCES.replace("cid=81&subId=8101", "cid=82&subId=0"));
    }

    @Test
    void readsSearchResultsWithTheirTotal() {
        String url = "https://api-cn.store.heytapmobi.com/search/v1/search?keyword=%E5%BE%AE%E4%BF%A1&start=0&size=10";

        DiscoveryResult r = signed.parseDiscovery(get(url), ok(url, "search_v1_HANDWRITTEN.json"), OPTIONS);

        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("4169", "3719450");
        assertThat(r.totalApps()).hasValue(37);
        assertThat(r.next()).extracting(StoreRequest::url).singleElement().asString()
                .isEqualTo(url.replace("start=0", "start=10"));
        assertThat(r.channel()).contains(DiscoveryChannel.search("微信"));
    }
}
