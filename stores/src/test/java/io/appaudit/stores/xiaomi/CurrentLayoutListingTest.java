package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The current details layout: label/value div pairs in div.float-left / div.float-right. */
class CurrentLayoutListingTest {

    private static final String PKG = "com.tencent.mm";
    private static final String URL = Fixtures.detailsUrl(PKG);

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    private Listing wechat() {
        ListingResult r = adapter.parseListing(Fixtures.app(PKG),
                List.of(Fixtures.ok(URL, Fixtures.text("details-2025.html"))));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    @Test
    void readsTheAppKeyAndPackage() {
        assertThat(wechat().store()).isEqualTo(StoreId.XIAOMI);
        assertThat(wechat().storeAppId()).isEqualTo(PKG);
        assertThat(wechat().packageName()).isEqualTo(PKG);
    }

    @Test
    void readsTheNameFromTheIntroTitle() {
        assertThat(wechat().name()).contains("微信");
    }

    @Test
    void readsTheDeveloperLabel() {
        assertThat(wechat().developer()).contains("深圳市腾讯计算机系统有限公司");
    }

    @Test
    void leavesTheOperatorUnknown() {
        assertThat(wechat().operator()).isEmpty();
    }

    @Test
    void readsVersionNameAndLeavesVersionCodeUnknown() {
        assertThat(wechat().versionName()).contains("8.0.50");
        assertThat(wechat().versionCode()).isEmpty();
    }

    @Test
    void readsTheUpdateDateInChinaTime() {
        assertThat(wechat().updatedAt()).contains(OffsetDateTime.parse("2024-07-18T00:00+08:00"));
    }

    @Test
    void readsTheSizeInBinaryMegabytes() {
        assertThat(wechat().sizeBytes()).contains(261_147_852L);
    }

    @Test
    void halvesTheStarClassIntoAFiveStarRating() {
        assertThat(wechat().rating()).contains(4.0);
    }

    @Test
    void readsTheFirstTextOfTheCategoryLine() {
        assertThat(wechat().category()).contains("聊天社交");
    }

    @Test
    void readsTheDescriptionUnderItsHeadingAsPlainText() {
        assertThat(wechat().description()).contains("微信是一款跨平台的通讯工具。支持单人、多人参与。通过手机网络发送语音、图片、视频和文字。\n"
                + "· 朋友圈：分享生活点滴。\n· 视频号：记录真实生活。");
    }

    @Test
    void leavesShortDescriptionAndDownloadsUnknown() {
        assertThat(wechat().shortDescription()).isEmpty();
        assertThat(wechat().downloads()).isEmpty();
    }

    @Test
    void readsThePrivacyPolicyLinkOfTheLabel() {
        assertThat(wechat().privacyPolicyUrl())
                .contains("https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
    }

    @Test
    void readsThePermissionList() {
        assertThat(wechat().permissions()).contains(List.of("访问网络", "拍摄照片和视频", "录音", "获取精确位置", "读取联系人"));
    }

    @Test
    void ignoresTheStoresOwnFilingNumberInTheFooter() {
        assertThat(Fixtures.text("details-2025.html")).contains("京ICP备10046444号");
        assertThat(wechat().filingNumber()).isEmpty();
    }

    @Test
    void leavesWebsiteTargetSdkAndHashesUnknown() {
        assertThat(wechat().website()).isEmpty();
        assertThat(wechat().targetSdk()).isEmpty();
        assertThat(wechat().hashes()).isEmpty();
    }

    @Test
    void recordsTheDownloadButtonAndTheApkEndpointBehindIt() {
        assertThat(wechat().downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "直接下载",
                        "https://app.mi.com/download/1122?ref=appstore.mobile_download"
                                + "&nonce=-5531288929347271862%3A28714981&appClientId=2882303761517485445"),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "直接下载", "https://app.mi.com/download/1122"));
    }

    @Test
    void listsRelatedAppsButNotItself() {
        assertThat(wechat().related()).containsExactly(
                new AppRef(StoreId.XIAOMI, "com.tencent.mobileqq", Optional.of("com.tencent.mobileqq"),
                        Optional.of("QQ"), "related:com.tencent.mm"),
                new AppRef(StoreId.XIAOMI, "com.sina.weibo", Optional.of("com.sina.weibo"), Optional.of("微博"),
                        "related:com.tencent.mm"),
                new AppRef(StoreId.XIAOMI, "com.tencent.wework", Optional.of("com.tencent.wework"),
                        Optional.of("企业微信"), "related:com.tencent.mm"));
    }

    @Test
    void keepsTheStoreAppIdAndRatingCountAsExtras() {
        assertThat(wechat().extras()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("appId", "1122", "rating.count", "130926"));
    }

    @Test
    void takesSourceUrlAndFetchTimeFromThePrimaryResponse() {
        assertThat(wechat().sourceUrl()).isEqualTo(URL);
        assertThat(wechat().fetchedAt()).isEqualTo(Fixtures.FETCHED);
        assertThat(wechat().evidence()).isEmpty();
    }
}
