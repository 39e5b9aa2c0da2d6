package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiFixtures.FETCHED_AT;
import static io.appaudit.stores.huawei.HuaweiFixtures.WECHAT;
import static io.appaudit.stores.huawei.HuaweiFixtures.WECHAT_URL;
import static io.appaudit.stores.huawei.HuaweiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real WeChat detail reply (2025-12), field by field. */
class HuaweiListingTest {

    private final HuaweiAdapter adapter = new HuaweiAdapter();

    private Listing wechat() {
        ListingResult r = adapter.parseListing(AppRef.of(StoreId.HUAWEI, "C5683"),
                List.of(response(WECHAT_URL, WECHAT)));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    @Test
    void asksForTheDetailReplyOfTheAppId() {
        assertThat(adapter.listingRequests(AppRef.of(StoreId.HUAWEI, "C5683")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.url()).isEqualTo(WECHAT_URL);
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.isPlainGet()).isTrue();
                });
    }

    @Test
    void acceptsAppIdsWithoutTheLetterC() {
        assertThat(adapter.listingRequests(AppRef.of(StoreId.HUAWEI, "5683")).get(0).url()).isEqualTo(WECHAT_URL);
    }

    @Test
    void readsIdentityFromTheHiddenCard() {
        Listing l = wechat();
        assertThat(l.store()).isEqualTo(StoreId.HUAWEI);
        assertThat(l.storeAppId()).isEqualTo("C5683");
        assertThat(l.packageName()).isEqualTo("com.tencent.mm");
        assertThat(l.name()).contains("微信");
        assertThat(l.versionName()).contains("8.0.66");
        assertThat(l.versionCode()).contains(2980L);
        assertThat(l.targetSdk()).contains(34);
    }

    @Test
    void readsDeveloperAndReleaseDateInChinaTime() {
        Listing l = wechat();
        assertThat(l.developer()).contains("腾讯科技（北京）有限公司");
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2025-12-04T00:00+08:00"));
    }

    @Test
    void readsSizeInBytesInstallsAndScore() {
        Listing l = wechat();
        assertThat(l.sizeBytes()).contains(255_274_257L);
        assertThat(l.downloads()).contains(26_500_000_000L);
        assertThat(l.rating()).contains(2.4);
    }

    @Test
    void readsIntroAndEditorLineAsDescriptions() {
        Listing l = wechat();
        assertThat(l.shortDescription()).contains("微信，是一个生活方式。");
        assertThat(l.description()).contains("你可以通过音视频通话、群聊、朋友圈来和朋友们分享生活，可以通过公众号、视频号获得文章、"
                + "视频内容，以及通过小程序方便地使用生活服务，还可以开启「关怀模式」，文字与按钮更大更清晰。");
    }

    @Test
    void readsThePrivacyPolicyFromTheConcealEntry() {
        assertThat(wechat().privacyPolicyUrl())
                .contains("http://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
    }

    @Test
    void readsEveryPermissionTitleGroupByGroup() {
        assertThat(wechat().permissions()).contains(List.of(
                "读取联系人",
                "修改或删除存储卡中的内容", "读取存储卡中的内容", "从您的媒体收藏中读取位置信息",
                "访问大致位置信息（使用网络进行定位）", "访问确切位置信息（使用 GPS 和网络进行定位）",
                "录制音频",
                "识别健身运动",
                "相机",
                "更改网络连接性", "完全的网络访问权限", "开机启动", "安装快捷方式", "与蓝牙设备配对", "蓝牙管理", "扫描设备",
                "可被设备发现", "连接设备", "显示在其他应用上面", "连接 WLAN 或断开连接", "控制近距离通信", "查看 WLAN 连接",
                "使用指纹硬件"));
    }

    @Test
    void keepsBothPublishedFileHashes() {
        assertThat(wechat().hashes()).containsExactly(
                new Hash(Hash.Kind.MD5, "903a2196cc9814a4cf7a4c847e896f2f"),
                new Hash(Hash.Kind.SHA256, "c7a682468a59d912a1cf3183f78c52d8cd615eba9f99e6c169183f4218433c1c"));
    }

    @Test
    void offersTheApkEndpointBecauseWebRepliesHaveNoDownloadUrl() {
        assertThat(wechat().downloadControls()).containsExactly(new DownloadControl(
                DownloadControl.Kind.APK_ENDPOINT, "安装", "https://appgallery.cloud.huawei.com/appdl/C5683"));
    }

    @Test
    void keepsReviewBadgesAndStoreLabelsAsExtras() {
        assertThat(wechat().extras()).isEqualTo(Map.ofEntries(
                Map.entry("reviewLabels", "病毒检测, 人工复检"),
                Map.entry("safeLabels", "人工复检 √, 华为安全检测 √, 腾讯手机管家安全检测 √"),
                Map.entry("detector", "阿冲"),
                Map.entry("installsText", "265 亿次安装"),
                Map.entry("ageRating", "年满 12 周岁"),
                Map.entry("tariff", "提供应用内购买项目"),
                Map.entry("ratingCount", "8130"),
                Map.entry("devVipType", "2"),
                Map.entry("portalUrl", "https://appgallery.cloud.huawei.com/ag/n/app/C5683"
                        + "?locale=zh_CN&source=appshare&subsource=C5683"),
                Map.entry("editorRecommend", "交友需谨慎，请注意保护个人隐私。抵制粗俗语言，共创文明网络环境。"),
                Map.entry("changelog", "修复了一些已知的问题。")));
    }

    @Test
    void collectsRelatedAppsFromBothListCardsOnceEach() {
        List<AppRef> related = wechat().related();
        assertThat(related).extracting(AppRef::storeAppId).containsExactly(
                "C10114823", "C54626", "C2682", "C9319", "C2239", "C10092776", "C100137037", "C10484216", "C3466",
                "C5373", "C20911", "C10502046", "C10243018", "C10092701", "C10220136",
                "C109030347", "C10194368", "C110149343", "C10178693", "C7166", "C10666860", "C100727297",
                "C102083949", "C100034711", "C10216268", "C10740813", "C100297699", "C106589191", "C100584939");
        // a related card's item carries the list facts too (version, installs, score, category)
        assertThat(related.get(0)).isEqualTo(new AppRef(StoreId.HUAWEI, "C10114823",
                Optional.of("com.tencent.transfer"), Optional.of("换机助手"), "related:C5683",
                Optional.of(ListItem.of("1.5.46", 300_000_000L, 3.7, null, "实用工具"))));
        assertThat(related.get(28)).usingRecursiveComparison().ignoringFields("item").isEqualTo(new AppRef(
                StoreId.HUAWEI, "C100584939", Optional.of("cn.zepeto.main"), Optional.of("崽崽ZEPETO"),
                "related:C5683"));
    }

    @Test
    void recordsWhereAndWhenTheReplyWasFetched() {
        Listing l = wechat();
        assertThat(l.sourceUrl()).isEqualTo(WECHAT_URL);
        assertThat(l.fetchedAt()).isEqualTo(FETCHED_AT);
        assertThat(l.evidence()).isEmpty();
    }

    @Test
    void leavesWhatTheReplyDoesNotShowUnknown() {
        Listing l = wechat();
        assertThat(l.operator()).isEmpty();
        assertThat(l.category()).isEmpty();
        assertThat(l.website()).as("webSite is \"\" in the reply").isEmpty();
        assertThat(l.filingNumber()).isEmpty();
    }
}
