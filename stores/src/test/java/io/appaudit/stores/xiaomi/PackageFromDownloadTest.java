package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageFromDownloadTest {

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    @Test
    void readsThePackageFromACdnFileNamedAfterIt() {
        assertThat(adapter.packageFromDownload(
                "https://f2.market.xiaomi.com/download/AppStore/04275951df2d94fee0a8210a3b51ae624cc34483a/com.tencent.mm.apk",
                Optional.empty())).contains("com.tencent.mm");
    }

    @Test
    void readsThePackageBeforeAnUnderscoreAndVersionCode() {
        assertThat(adapter.packageFromDownload("https://f4.market.xiaomi.com/download/AppStore/0a1b/x.apk",
                Optional.of("com.tencent.mm_2780.apk"))).contains("com.tencent.mm");
    }

    @Test
    void prefersTheDeliveredFileNameToTheUrl() {
        assertThat(adapter.packageFromDownload(
                "https://f5.market.xiaomi.com/download/AppStore/01a3/com.supercell.clashroyale.mi.apk",
                Optional.of("com.xiaomi.market.apk"))).contains("com.xiaomi.market");
    }

    @Test
    void ignoresQueryAndFragment() {
        assertThat(adapter.packageFromDownload(
                "https://fga1.market.xiaomi.com/download/AppStore/05f5/com.xiaomi.smarthome.apk?t=1&sign=ab#x",
                Optional.empty())).contains("com.xiaomi.smarthome");
    }

    @Test
    void revealsNothingFromADisplayName() {
        assertThat(adapter.packageFromDownload(
                "http://f4.market.xiaomi.com/download/AppStore/0373/%E8%8A%92%E6%9E%9CTV_4.4.3_55.apk",
                Optional.empty())).isEmpty();
    }

    @Test
    void revealsNothingFromANameThatIsNotAnApk() {
        assertThat(adapter.packageFromDownload("https://app.mi.com/download/1122", Optional.empty())).isEmpty();
        assertThat(adapter.packageFromDownload("https://f1.market.xiaomi.com/x/com.tencent.mm.zip",
                Optional.empty())).isEmpty();
    }

    @Test
    void revealsNothingFromASingleSegmentName() {
        assertThat(adapter.packageFromDownload("https://cdn.example/download/weixin.apk", Optional.empty()))
                .isEmpty();
    }

    @Test
    void revealsNothingFromBrokenInput() {
        assertThat(adapter.packageFromDownload("", Optional.empty())).isEmpty();
        assertThat(adapter.packageFromDownload(null, null)).isEmpty();
        assertThat(adapter.packageFromDownload("https://x/%E8%8.apk", Optional.of("  "))).isEmpty();
    }
}
