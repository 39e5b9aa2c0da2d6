package io.appaudit.stores.tencent;

import static io.appaudit.stores.tencent.Fixtures.ALIPAY;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_PAGE;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_SUPPLEMENT;
import static io.appaudit.stores.tencent.Fixtures.FETCHED_AT;
import static io.appaudit.stores.tencent.Fixtures.WECHAT;
import static io.appaudit.stores.tencent.Fixtures.app;
import static io.appaudit.stores.tencent.Fixtures.detail;
import static io.appaudit.stores.tencent.Fixtures.detailUrl;
import static io.appaudit.stores.tencent.Fixtures.ok;
import static io.appaudit.stores.tencent.Fixtures.supplement;
import static io.appaudit.stores.tencent.Fixtures.supplementUrl;
import static io.appaudit.stores.tencent.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TencentListingTest {

    private static final String INSTALLER_MAIN =
            "https://microdown.myapp.com/ug/%E5%BA%94%E7%94%A8%E5%AE%9D.apk?comment=channelId%3D1181533%26scene%3Ddetail";
    private static final String INSTALLER_SAFE =
            "https://microdown.myapp.com/ug/20251118_155d3b0c31172b5b82df92a4ea7463ba_offset_30814208.apk";
    private static final String INSTALLER_JSON =
            "https://microdown.myapp.com/ug/%E5%BA%94%E7%94%A8%E5%AE%9D.apk?comment=channelId%3D1181533%26pkg%3Dcom.eg.android.AlipayGphone";
    private static final String INSTALLER_DYNAMIC =
            "https://microdown.myapp.com/ug/20251126_5015ea75ab283e2b3ffc3fa6c39a7296_offset_30715904.apk";
    private static final String APK = "http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/"
            + "53E2D10B14FC0AA8689059ED97041F3E.apk?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk";
    private static final String APK_64 = "http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/"
            + "7A1C0F2E9B3D4C5E6F708192A3B4C5D6.apk?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk";

    private final TencentAdapter adapter = new TencentAdapter();

    private Listing listed(String pkg, StoreResponse... responses) {
        ListingResult r = adapter.parseListing(app(pkg), List.of(responses));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    private Listing alipay() {
        return listed(ALIPAY, detail(ALIPAY, ALIPAY_PAGE));
    }

    private Listing alipayWithSupplement(String supplementText) {
        return listed(ALIPAY, detail(ALIPAY, ALIPAY_PAGE), ok(supplementUrl(ALIPAY), supplementText));
    }

    private ListingResult.Problem problem(ListingResult r) {
        assertThat(r).isInstanceOf(ListingResult.Problem.class);
        return (ListingResult.Problem) r;
    }

    @Test
    void asksForTheDetailPageFirstThenTheSupplement() {
        assertThat(adapter.listingRequests(app(ALIPAY))).containsExactly(
                StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.LISTING, detailUrl(ALIPAY)),
                StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.SUPPLEMENT, supplementUrl(ALIPAY)));
    }

    @Test
    void picksTheRequestedPackageAmongTheAppsOnTheDetailPage() {
        Listing l = alipay();
        assertThat(l.store()).isEqualTo(StoreId.TENCENT);
        assertThat(l.storeAppId()).isEqualTo(ALIPAY);
        assertThat(l.packageName()).isEqualTo(ALIPAY);
        assertThat(l.name()).contains("支付宝");
        assertThat(l.extras()).containsEntry("sj.qq.com.app_id", "5294");
    }

    @Test
    void readsTheDeveloperAndTheOperatorSeparately() {
        Listing l = alipay();
        assertThat(l.developer()).contains("支付宝（杭州）信息技术有限公司");
        assertThat(l.operator()).contains("支付宝（杭州）数字服务技术有限公司");
    }

    @Test
    void readsVersionUpdateDateSizeDownloadsAndRating() {
        Listing l = alipay();
        assertThat(l.versionName()).contains("10.8.6.8000");
        assertThat(l.versionCode()).contains(1008068000L);
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2025-11-20T09:38:32+08:00"));
        assertThat(l.sizeBytes()).contains(171332117L);
        assertThat(l.downloads()).contains(1266237501L);
        assertThat(l.rating()).contains(3.6);
    }

    @Test
    void readsCategoryFromTheTagsJsonStringAndKeepsAllTags() {
        Listing l = alipay();
        assertThat(l.category()).contains("支付");
        assertThat(l.extras()).containsEntry("sj.qq.com.tags", "支付,生活服务")
                .containsEntry("sj.qq.com.is_game", "false");
    }

    @Test
    void stripsHtmlFromTheDescriptionAndKeepsItsLines() {
        Listing l = alipay();
        assertThat(l.shortDescription()).contains("数字生活开放平台");
        assertThat(l.description()).contains("支付宝，数字生活开放平台。\n扫码付款、转账、缴费&充值，一个App就够了。\n"
                + "备案号：浙ICP备00000001号-1A");
    }

    @Test
    void findsTheFilingNumberInTheListingsOwnText() {
        assertThat(alipay().filingNumber()).contains("浙ICP备00000001号-1A");
    }

    @Test
    void neverTakesTheStoresOwnFilingNumberFromThePageFooter() {
        String page = text(ALIPAY_PAGE).replace("备案号：浙ICP备00000001号-1A", "");
        assertThat(page).contains("粤ICP备11111111号-1");
        assertThat(listed(ALIPAY, ok(detailUrl(ALIPAY), page)).filingNumber()).isEmpty();
    }

    @Test
    void leavesDisclosuresTheDetailPageLacksUnknown() {
        Listing l = alipay();
        assertThat(l.privacyPolicyUrl()).isEmpty();
        assertThat(l.website()).isEmpty();
        assertThat(l.permissions()).isEmpty();
        assertThat(l.targetSdk()).isEmpty();
    }

    @Test
    void readsTheMd5Hash() {
        assertThat(alipay().hashes()).containsExactly(new Hash(Hash.Kind.MD5, "53E2D10B14FC0AA8689059ED97041F3E"));
    }

    @Test
    void takesTheMainButtonAsPrimaryAndSafeOrInstallerLinksAsAlternates() {
        assertThat(alipay().downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "下载", INSTALLER_MAIN),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "安全下载", INSTALLER_SAFE),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "下载应用宝", INSTALLER_JSON),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", APK));
    }

    @Test
    void listsTheOtherAppsOnThePageAsRelatedWithTheirComponent() {
        assertThat(alipay().related()).containsExactly(
                AppRef.of(StoreId.TENCENT, "com.tencent.mm", "com.tencent.mm", "微信", "tencent:YouMayAlsoLike"),
                AppRef.of(StoreId.TENCENT, "com.taobao.taobao", "com.taobao.taobao", "淘宝", "tencent:YouMayAlsoLike"),
                AppRef.of(StoreId.TENCENT, "com.antfortune.wealth", "com.antfortune.wealth", "蚂蚁财富",
                        "tencent:GameDetail"),
                AppRef.of(StoreId.TENCENT, "com.alipay.mobile.client", "com.alipay.mobile.client", "支付宝测试版",
                        "tencent:SameDeveloper"));
    }

    @Test
    void recordsWhereAndWhenThePrimaryWasFetched() {
        Listing l = listed(ALIPAY, detail(ALIPAY, ALIPAY_PAGE), supplement(ALIPAY, ALIPAY_SUPPLEMENT));
        assertThat(l.sourceUrl()).isEqualTo(detailUrl(ALIPAY));
        assertThat(l.fetchedAt()).isEqualTo(FETCHED_AT);
        assertThat(l.evidence()).isEmpty();
    }

    @Test
    void readsFieldsFoundByTheirNamesWhenTheStoreSendsThem() {
        Listing l = listed(WECHAT, detail(WECHAT, "appdetail-extended-fields-com.tencent.mm.html"));
        assertThat(l.privacyPolicyUrl())
                .contains("https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
        assertThat(l.website()).contains("https://weixin.qq.com/");
        assertThat(l.permissions()).contains(List.of("android.permission.CAMERA", "android.permission.RECORD_AUDIO"));
        assertThat(l.filingNumber()).contains("粤ICP备00000002号-2A");
        assertThat(l.targetSdk()).contains(34);
        assertThat(l.category()).contains("社交");
        assertThat(l.rating()).contains(4.3);
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2024-09-20T16:29:15+08:00"));
        assertThat(l.description()).contains("你可以通过音视频通话、群聊、朋友圈来和朋友们分享生活<新版>\n还可以开启「关怀模式」。");
        assertThat(l.extras()).containsEntry("sj.qq.com.is_official", "1").containsEntry("sj.qq.com.tags", "社交,即时通讯");
        assertThat(l.downloadControls()).isEmpty();
        assertThat(l.related()).isEmpty();
    }

    @Test
    void addsTheSupplementsApkEndpointAndInstallerLinks() {
        assertThat(alipayWithSupplement(text(ALIPAY_SUPPLEMENT)).downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "下载", INSTALLER_MAIN),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "安全下载", INSTALLER_SAFE),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "下载应用宝", INSTALLER_JSON),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "a.app.qq.com:expInfo.params.dynamicDownUrl",
                        INSTALLER_DYNAMIC),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", APK),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "apkUrl64", APK_64));
    }

    @Test
    void keepsTheSupplementsOtherApkUrlAsAnExtra() {
        assertThat(alipayWithSupplement(text(ALIPAY_SUPPLEMENT)).extras()).containsEntry("a.app.qq.com.apkUrl", APK);
    }

    @Test
    void recordsAnEqualSupplementMd5Once() {
        assertThat(alipayWithSupplement(text(ALIPAY_SUPPLEMENT)).hashes())
                .containsExactly(new Hash(Hash.Kind.MD5, "53e2d10b14fc0aa8689059ed97041f3e"));
    }

    @Test
    void addsNoExtrasWhenBothSourcesAgree() {
        assertThat(alipayWithSupplement(text(ALIPAY_SUPPLEMENT)).extras()).containsOnlyKeys(
                "sj.qq.com.app_id", "sj.qq.com.tags", "sj.qq.com.is_game", "a.app.qq.com.apkUrl");
    }

    @Test
    void keepsTheDetailPagesDeveloperAndRecordsTheSupplementsDifferentOne() {
        String other = text(ALIPAY_SUPPLEMENT).replace("\"developer\": \"支付宝（杭州）信息技术有限公司\"",
                "\"developer\": \"支付宝（中国）网络技术有限公司\"");
        Listing l = alipayWithSupplement(other);
        assertThat(l.developer()).contains("支付宝（杭州）信息技术有限公司");
        assertThat(l.extras()).containsEntry("a.app.qq.com.developer", "支付宝（中国）网络技术有限公司");
    }

    @Test
    void recordsADifferentSupplementMd5AsAnExtraOnly() {
        String other = text(ALIPAY_SUPPLEMENT).replace("\"apkMd5\": \"53E2D10B14FC0AA8689059ED97041F3E\"",
                "\"apkMd5\": \"0123456789ABCDEF0123456789ABCDEF\"");
        Listing l = alipayWithSupplement(other);
        assertThat(l.hashes()).containsExactly(new Hash(Hash.Kind.MD5, "53e2d10b14fc0aa8689059ed97041f3e"));
        assertThat(l.extras()).containsEntry("a.app.qq.com.apkMd5", "0123456789ABCDEF0123456789ABCDEF");
    }

    @Test
    void takesTheOperatorFromTheSupplementsAuthorWhenTheDetailPageHasNone() {
        String page = text(ALIPAY_PAGE).replace("\"operator\":\"支付宝（杭州）数字服务技术有限公司\",", "");
        Listing l = listed(ALIPAY, ok(detailUrl(ALIPAY), page), supplement(ALIPAY, ALIPAY_SUPPLEMENT));
        assertThat(l.operator()).contains("支付宝（杭州）数字服务技术有限公司");
    }

    @Test
    void recordsTheSupplementsDifferentAuthor() {
        String other = text(ALIPAY_SUPPLEMENT).replace("\"author\": \"支付宝（杭州）数字服务技术有限公司\"",
                "\"author\": \"蚂蚁科技集团股份有限公司\"");
        Listing l = alipayWithSupplement(other);
        assertThat(l.operator()).contains("支付宝（杭州）数字服务技术有限公司");
        assertThat(l.extras()).containsEntry("a.app.qq.com.author", "蚂蚁科技集团股份有限公司");
    }

    @Test
    void fillsMissingDetailFieldsFromTheSupplement() {
        String page = text(ALIPAY_PAGE).replace("\"apk_size\":\"171332117\",", "")
                .replace("\"md_5\":\"53E2D10B14FC0AA8689059ED97041F3E\",", "");
        Listing l = listed(ALIPAY, ok(detailUrl(ALIPAY), page), supplement(ALIPAY, ALIPAY_SUPPLEMENT));
        assertThat(l.sizeBytes()).contains(171332117L);
        assertThat(l.hashes()).containsExactly(new Hash(Hash.Kind.MD5, "53E2D10B14FC0AA8689059ED97041F3E"));
    }

    @Test
    void neverReadsTheInstallersOwnPermissionsAsTheApps() {
        assertThat(alipayWithSupplement(text(ALIPAY_SUPPLEMENT)).permissions()).isEmpty();
    }

    @Test
    void recordsATruncatedSupplementAndStillListsFromThePrimary() {
        Listing l = alipayWithSupplement(text("a.app.qq.com-simple.jsp-truncated.html"));
        assertThat(l.name()).contains("支付宝");
        assertThat(l.extras()).containsEntry("supplement.problem",
                "window.systemData object is truncated (unbalanced braces)");
    }

    @Test
    void recordsTheRealExcerptAsAnUnreadableSupplement() {
        Listing l = alipayWithSupplement(text("a.app.qq.com-simple.jsp-window.systemData.EXCERPT-2025-11.txt"));
        assertThat(l.extras()).containsEntry("supplement.problem", "window.systemData is not an object");
    }

    @Test
    void recordsAFailedSupplementStatus() {
        Listing l = listed(ALIPAY, detail(ALIPAY, ALIPAY_PAGE), Fixtures.status(supplementUrl(ALIPAY), 502, ""));
        assertThat(l.extras()).containsEntry("supplement.problem", "HTTP 502");
    }

    @Test
    void ignoresASupplementAboutAnotherPackage() {
        String other = text(ALIPAY_SUPPLEMENT).replace("\"packageName\": \"com.eg.android.AlipayGphone\"",
                "\"packageName\": \"com.tencent.mm\"");
        Listing l = alipayWithSupplement(other);
        assertThat(l.extras()).containsEntry("supplement.problem",
                "window.systemData.appDetail.packageName is com.tencent.mm");
        assertThat(l.downloadControls()).extracting(DownloadControl::label).doesNotContain("apkUrl64");
    }

    @Test
    void isAProblemWhenTheRealExcerptIsTheOnlyResponse() {
        ListingResult.Problem p = problem(adapter.parseListing(app(ALIPAY), List.of(
                supplement(ALIPAY, "a.app.qq.com-simple.jsp-window.systemData.EXCERPT-2025-11.txt"))));
        assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.problem().missing()).containsExactly(detailUrl(ALIPAY));
    }

    @Test
    void isAProblemWhenTheExcerptArrivesAsTheDetailPage() {
        ListingResult.Problem p = problem(adapter.parseListing(app(ALIPAY), List.of(ok(detailUrl(ALIPAY),
                text("a.app.qq.com-simple.jsp-window.systemData.EXCERPT-2025-11.txt")))));
        assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(p.problem().missing()).containsExactly("__NEXT_DATA__");
    }

    @Test
    void isAProblemWhenThereAreNoResponses() {
        assertThat(problem(adapter.parseListing(app(ALIPAY), List.of())).sourceUrl()).isEqualTo(detailUrl(ALIPAY));
    }

    @Test
    void keepsABlankRatingUnknown() {
        String page = text(ALIPAY_PAGE).replace("\"average_rating\":\"3.60\"", "\"average_rating\":\"\"");
        assertThat(listed(ALIPAY, ok(detailUrl(ALIPAY), page)).rating()).isEmpty();
    }

    @Test
    void readsChineseDownloadCounts() {
        String page = text(ALIPAY_PAGE).replace("\"download_num\":\"1266237501\"", "\"download_num\":\"12.6亿\"");
        assertThat(listed(ALIPAY, ok(detailUrl(ALIPAY), page)).downloads()).contains(1_260_000_000L);
    }

    @Test
    void readsAnItemArraySentAsAJsonString() {
        String page = Fixtures.nextDataPage("{\"props\":{\"pageProps\":{\"dynamicCardResponse\":{\"data\":{\"components\":"
                + "[{\"data\":{\"name\":\"GameDetail\",\"itemData\":\"[{\\\"pkg_name\\\":\\\"com.tencent.mm\\\","
                + "\\\"name\\\":\\\"微信\\\"}]\"}}]}}}}}");
        assertThat(listed(WECHAT, ok(detailUrl(WECHAT), page)).name()).contains("微信");
    }
}
