package io.appaudit.stores.vivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VivoDownloadTest {

    private static final String CDN = "http://apkwificdn2-v6dl.vivo.com.cn/appstore/developer/apk/20260928/";

    private final VivoAdapter adapter = new VivoAdapter();

    @Test
    void readsThePackageFromAFileNamedAfterIt() {
        assertThat(adapter.packageFromDownload(CDN + "x.apk", Optional.of("org.example.app.apk")))
                .contains("org.example.app");
    }

    @Test
    void readsThePackageFromAPackageAndVersionCodeName() {
        assertThat(adapter.packageFromDownload(CDN + "x.apk", Optional.of("org.example.app_310.apk")))
                .contains("org.example.app");
    }

    @Test
    void readsTheUrlsLastSegmentWhenNoFileNameIsKnown() {
        assertThat(adapter.packageFromDownload(CDN + "org.example.app_310.apk?sign=abc#x", Optional.empty()))
                .contains("org.example.app");
    }

    @Test
    void acceptsAQuotedContentDispositionName() {
        assertThat(adapter.packageFromDownload(CDN + "x.apk", Optional.of("\"org.example.app.apk\"")))
                .contains("org.example.app");
    }

    @Test
    void revealsNothingForCdnFilesNamedByTimestampAndHash() {
        assertThat(adapter.packageFromDownload(CDN + "2026092814340201example.apk", Optional.empty())).isEmpty();
    }

    @Test
    void revealsNothingForTheDownloadEndpoint() {
        assertThat(adapter.packageFromDownload(
                "http://appstore.vivo.com.cn/appinfo/downloadApkFile-h5appstore?id=12345", Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.apk", "1com.example.apk", "com..example.apk", "com.example.zip", ".apk",
        "com.example-app.apk", "org.example.app_310"})
    void revealsNothingForNamesThatAreNotPackages(String name) {
        assertThat(adapter.packageFromDownload(CDN + "x.apk", Optional.of(name))).isEmpty();
    }
}
