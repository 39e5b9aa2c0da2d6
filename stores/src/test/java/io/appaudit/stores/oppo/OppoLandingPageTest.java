package io.appaudit.stores.oppo;

import static io.appaudit.stores.oppo.OppoFixtures.FETCHED;
import static io.appaudit.stores.oppo.OppoFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppoLandingPageTest {

    private static final String LANDING = "https://app.cdo.oppomobile.com/home/detail?app_id=4169";
    private static final AppRef APP = AppRef.of(StoreId.OPPO, "4169");
    private static final AppRef FROM_FEED = AppRef.of(StoreId.OPPO, "4169", "com.tencent.mm", "微信", "feed");

    private final OppoAdapter adapter = new OppoAdapter();

    private ListingResult parse(AppRef app, String html) {
        return adapter.parseListing(app, List.of(OppoFixtures.okText(LANDING, html)));
    }

    private static Listing listed(ListingResult r) {
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    private static String landing() {
        return OppoFixtures.text("landing_detail_HANDWRITTEN.html");
    }

    @Test
    void requestsOnlyTheLandingPageWhenUnsigned() {
        assertThat(adapter.listingRequests(APP)).extracting(StoreRequest::purpose, StoreRequest::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StoreRequest.Purpose.LISTING, LANDING));
    }

    @Test
    void readsEveryLabelledFieldOfTheLandingPage() {
        Listing l = listed(adapter.parseListing(APP, List.of(ok(LANDING, "landing_detail_HANDWRITTEN.html"))));

        assertThat(l.storeAppId()).isEqualTo("4169");
        assertThat(l.packageName()).isEqualTo("com.tencent.mm");
        assertThat(l.name()).contains("微信");
        assertThat(l.developer()).contains("深圳市腾讯计算机系统有限公司");
        assertThat(l.operator()).isEmpty();
        assertThat(l.versionName()).contains("8.0.49");
        assertThat(l.versionCode()).isEmpty();
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2024-05-20T00:00+08:00"));
        assertThat(l.sizeBytes()).contains(238L * 1024 * 1024);
        assertThat(l.downloads()).contains(17_340_000_000L);
        assertThat(l.rating()).contains(4.6);
        assertThat(l.category()).contains("社交通讯");
        assertThat(l.shortDescription()).isEmpty();
        assertThat(l.description()).contains("微信是一款跨平台的通讯工具。\n支持单人、多人参与。");
        assertThat(l.privacyPolicyUrl())
                .contains("https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
        assertThat(l.website()).contains("https://weixin.qq.com/");
        assertThat(l.permissions()).contains(List.of("拍摄照片和录制视频", "录音", "读取通讯录"));
        assertThat(l.filingNumber()).contains("粤ICP备2023012345号-10A");
        assertThat(l.targetSdk()).isEmpty();
        assertThat(l.hashes()).isEmpty();
        assertThat(l.extras()).isEmpty();
        assertThat(l.sourceUrl()).isEqualTo(LANDING);
        assertThat(l.fetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void readsEachDownloadControlWithItsLabel() {
        Listing l = listed(parse(APP, landing()));

        assertThat(l.downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "下载",
                        "https://istore.oppomobile.com/download/v1/22926538"),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "高速下载",
                        "https://app.cdo.oppomobile.com/download/market/OPPO_market.apk"));
    }

    @Test
    void listsOtherAppsLinkedFromThePageAsRelated() {
        Listing l = listed(parse(APP, landing()));

        assertThat(l.related()).containsExactly(
                new AppRef(StoreId.OPPO, "33773", Optional.empty(), Optional.of("QQ"), LANDING),
                new AppRef(StoreId.OPPO, "3719450", Optional.empty(), Optional.of("微信输入法"), LANDING));
    }

    @Test
    void takesThePackageFromTheFeedWhenThePageShowsNone() {
        Listing l = listed(parse(FROM_FEED, landing().replace("<dt>包名</dt><dd>com.tencent.mm</dd>", "")));

        assertThat(l.packageName()).isEqualTo("com.tencent.mm");
    }

    @Test
    void reportsDriftNamingThePackageLabelWhenNoPackageIsKnown() {
        ListingResult r = parse(APP, landing().replace("<dt>包名</dt><dd>com.tencent.mm</dd>", ""));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class, p -> {
            assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.DRIFT);
            assertThat(p.problem().missing()).containsExactly("包名");
        });
    }

    @Test
    void reportsDriftNamingTheLabelsWhenNoneIsFound() {
        ListingResult r = parse(FROM_FEED, "<html><body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>");

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class, p -> {
            assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.DRIFT);
            assertThat(p.problem().missing()).containsExactly("开发者", "版本", "更新时间", "大小", "隐私政策", "权限", "备案号");
        });
    }

    @Test
    void reportsTheLegacyProductPageWithPlaceholderValuesAsDrift() {
        ListingResult r = adapter.parseListing(FROM_FEED,
                List.of(ok(LANDING, "legacy_store_oppomobile_product_page_2015_CLONE_EXCERPT.html")));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.DRIFT));
    }

    @Test
    void readsInlineLabelsOfTheLegacyLayoutWhenTheyHoldValues() {
        String legacy = "<ul class=\"soft_info_more\"><li>发布时间：2015-10-08</li><li>大小：12.5M</li>"
                + "<li>版本：V3.2.1</li></ul>";

        Listing l = listed(parse(FROM_FEED, legacy));

        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2015-10-08T00:00+08:00"));
        assertThat(l.sizeBytes()).contains((long) (12.5 * 1024 * 1024));
        assertThat(l.versionName()).contains("V3.2.1");
    }

    @Test
    void neverTakesTheStoresOwnFilingNumberFromTheFooter() {
        Listing l = listed(parse(APP, landing().replace("<dt>备案号</dt><dd>粤ICP备2023012345号-10A</dd>", "")));

        assertThat(l.filingNumber()).isEmpty();
    }

    @Test
    void readsAnExplicitlyEmptyPermissionList() {
        Listing l = listed(parse(APP, landing().replace(
                "<ul>\n      <li>拍摄照片和录制视频</li>\n      <li>录音</li>\n      <li>读取通讯录</li>\n    </ul>",
                "<p>无</p>")));

        assertThat(l.permissions()).contains(List.of());
    }

    @Test
    void leavesPermissionsUnknownWhenThePageOnlyLinksToThem() {
        Listing l = listed(parse(APP, landing().replace(
                "<ul>\n      <li>拍摄照片和录制视频</li>\n      <li>录音</li>\n      <li>读取通讯录</li>\n    </ul>",
                "<a href=\"/home/permission?app_id=4169\">查看权限详情</a>")));

        assertThat(l.permissions()).isEmpty();
    }

    @Test
    void reportsATakenDownPageAsNotListed() {
        ListingResult r = parse(APP, "<html><body><h2>抱歉，该应用已下架</h2></body></html>");

        assertThat(r).isInstanceOf(ListingResult.NotListed.class);
    }

    @Test
    void reportsStatus404AsNotListed() {
        ListingResult r = adapter.parseListing(APP, List.of(OppoFixtures.status(LANDING, 404, "")));

        assertThat(r).isInstanceOf(ListingResult.NotListed.class);
    }

    @Test
    void reportsACaptchaPageAsBlocked() {
        ListingResult r = adapter.parseListing(APP, List.of(ok(LANDING, "captcha_HANDWRITTEN.html")));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.BLOCKED));
    }

    @Test
    void reportsStatus403AsBlocked() {
        ListingResult r = adapter.parseListing(APP, List.of(OppoFixtures.status(LANDING, 403, "Forbidden")));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.BLOCKED));
    }

    @Test
    void reportsJsonWhereTheLandingPageWasExpectedAsUnexpectedFormat() {
        ListingResult r = adapter.parseListing(APP, List.of(ok(LANDING, "h5_store_index_json_FIXTURE_trimmed.json")));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT));
    }
}
