package io.appaudit.stores.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a delivered file name reveals, and what the store never shows. */
class HuaweiDownloadTest {

    private static final String CDN = "https://appdlc-drcn.hispace.dbankcloud.com/dl/appdl/application/apk/80/";

    private final HuaweiAdapter adapter = new HuaweiAdapter();

    @Test
    void readsThePackageFromTheRedirectTargetsFileName() {
        assertThat(adapter.packageFromDownload(CDN + "com.tencent.mm.2512041530.apk?sign=x&source=portalsite",
                Optional.empty())).contains("com.tencent.mm");
    }

    @Test
    void prefersTheContentDispositionName() {
        assertThat(adapter.packageFromDownload(CDN + "download",
                Optional.of("com.joym.legendhero.huawei.1904131543.apk")))
                .contains("com.joym.legendhero.huawei");
    }

    @Test
    void rejectsTenDigitsThatAreNoTimestamp() {
        assertThat(adapter.packageFromDownload(CDN + "com.tencent.mm.2513991530.apk", Optional.empty())).isEmpty();
    }

    @Test
    void rejectsNamesWithoutTheTimestamp() {
        assertThat(adapter.packageFromDownload(CDN + "com.tencent.mm.apk", Optional.empty())).isEmpty();
        assertThat(adapter.packageFromDownload(CDN + "AppGallery_installer.apk", Optional.empty())).isEmpty();
    }

    @Test
    void rejectsSomethingThatIsNoPackageName() {
        assertThat(adapter.packageFromDownload(CDN + "my%20app.2512041530.apk", Optional.empty())).isEmpty();
        assertThat(adapter.packageFromDownload(CDN + "wechat.2512041530.apk", Optional.empty())).isEmpty();
    }
}
