package io.appaudit.stores.oppo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppoPackageFromDownloadTest {

    private final OppoAdapter adapter = new OppoAdapter();

    @Test
    void readsThePackageFromAFileNamedAfterIt() {
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("com.heytap.market.apk")))
                .contains("com.heytap.market");
    }

    @Test
    void readsThePackageFromAVersionedFileName() {
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("com.tencent.mm_8.0.49.apk")))
                .contains("com.tencent.mm");
    }

    @Test
    void keepsUnderscoresThatBelongToThePackage() {
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("com.foo_bar.app.apk")))
                .contains("com.foo_bar.app");
    }

    @Test
    void fallsBackToTheUrlsLastSegment() {
        assertThat(adapter.packageFromDownload("https://cdn.example/apk/com.tencent.mm_2600.apk?sign=1",
                Optional.empty())).contains("com.tencent.mm");
    }

    @Test
    void saysNothingForOpposVersionIdLinks() {
        assertThat(adapter.packageFromDownload("https://istore.oppomobile.com/download/v1/22926538", Optional.empty()))
                .isEmpty();
    }

    @Test
    void saysNothingForNamesThatAreNotPackages() {
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("OPPO软件商店.apk"))).isEmpty();
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("weixin8049android2600_arm64.apk")))
                .isEmpty();
        assertThat(adapter.packageFromDownload("https://cdn.example/x", Optional.of("com.tencent.mm.zip"))).isEmpty();
    }
}
