package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The older (≤ 2020) layout: ul.cf li.weight-font labels followed by value items, ul.second-ul permissions. */
class OldLayoutListingTest {

    private static final String PKG = "com.autonavi.minimap";

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    private Listing amap() {
        ListingResult r = adapter.parseListing(Fixtures.app(PKG),
                List.of(Fixtures.ok(Fixtures.detailsUrl(PKG), Fixtures.text("details-2019.html"))));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    @Test
    void readsLabelItemsWithEitherWidthOfColon() {
        Listing l = amap();
        assertThat(l.packageName()).isEqualTo(PKG);
        assertThat(l.versionName()).contains("9.00.0.2405");
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2019-06-13T00:00+08:00"));
        assertThat(l.sizeBytes()).contains(79_922_462L);
        assertThat(l.extras()).containsEntry("appId", "2174");
    }

    @Test
    void takesTheDeveloperFromTheCompanyLineWhenNoLabelNamesIt() {
        assertThat(amap().developer()).contains("高德软件有限公司");
    }

    @Test
    void readsNameCategoryAndRating() {
        assertThat(amap().name()).contains("高德地图");
        assertThat(amap().category()).contains("出行");
        assertThat(amap().rating()).contains(3.5);
        assertThat(amap().extras()).containsEntry("rating.count", "20358");
    }

    @Test
    void readsThePermissionListWithoutBullets() {
        assertThat(amap().permissions())
                .contains(List.of("访问网络", "获取精确位置", "获取粗略位置", "读取手机状态和身份", "修改或删除存储卡中的内容"));
    }

    @Test
    void leavesThePrivacyPolicyUnknownWhereTheLayoutHadNone() {
        assertThat(amap().privacyPolicyUrl()).isEmpty();
    }

    @Test
    void ignoresTheStoresOwnFilingNumberInTheFooter() {
        assertThat(amap().filingNumber()).isEmpty();
    }

    @Test
    void readsTheDescriptionNotTheChangelog() {
        assertThat(amap().description()).contains("高德地图是国内领先的免费地图导航产品。\n【驾车导航】躲避拥堵，实时路况。\n【公交地铁】线路查询，实时公交。");
    }

    @Test
    void recordsTheDownloadButtonInsideTheTitlesAndItsApkEndpoint() {
        assertThat(amap().downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "直接下载",
                        "https://app.mi.com/download/2174?ref=appstore.mobile_download"
                                + "&nonce=4519880386128930712%3A25962214&appClientId=2882303761517485445"),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "直接下载", "https://app.mi.com/download/2174"));
    }

    @Test
    void listsRelatedApps() {
        assertThat(amap().related()).containsExactly(
                new AppRef(StoreId.XIAOMI, "com.baidu.BaiduMap", Optional.of("com.baidu.BaiduMap"),
                        Optional.of("百度地图"), "related:com.autonavi.minimap"),
                new AppRef(StoreId.XIAOMI, "com.sdu.didi.psnger", Optional.of("com.sdu.didi.psnger"),
                        Optional.of("滴滴出行"), "related:com.autonavi.minimap"));
    }

    @Test
    void keepsOnlyTheKnownExtras() {
        assertThat(amap().extras()).isEqualTo(Map.of("appId", "2174", "rating.count", "20358"));
    }
}
