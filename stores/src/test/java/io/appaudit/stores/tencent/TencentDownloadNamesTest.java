package io.appaudit.stores.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TencentDownloadNamesTest {

    private final TencentAdapter adapter = new TencentAdapter();

    @Test
    void readsThePackageFromTheFsnameParameter() {
        assertThat(adapter.packageFromDownload("http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/"
                + "53E2D10B14FC0AA8689059ED97041F3E.apk?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk",
                Optional.of("53E2D10B14FC0AA8689059ED97041F3E.apk"))).contains("com.eg.android.AlipayGphone");
    }

    @Test
    void readsThePackageFromAFileNameWithVersionCode() {
        assertThat(adapter.packageFromDownload("https://imtt.dd.qq.com/16891/apk/X.apk",
                Optional.of("com.tencent.mm_8.0.40_2420.apk"))).contains("com.tencent.mm");
    }

    @Test
    void readsTheOldSitesFsnameAmongOtherParameters() {
        assertThat(adapter.packageFromDownload("http://dd.myapp.com/16891/FCA4290E1CE5B7A5B2ACFF83AD156BA1.apk"
                + "?fsname=cmb.pb_3.1.0_310.apk&asr=8eff", Optional.empty())).contains("cmb.pb");
    }

    @Test
    void keepsUnderscoresThatBelongToThePackage() {
        assertThat(adapter.packageFromDownload("https://example.invalid/x",
                Optional.of("com.example.my_app_2.1.0_21.apk"))).contains("com.example.my_app");
    }

    @Test
    void readsMicrodownFilesAsTheInstaller() {
        assertThat(adapter.packageFromDownload(
                "https://microdown.myapp.com/ug/20251118_155d3b0c31172b5b82df92a4ea7463ba_offset_30814208.apk",
                Optional.empty())).contains("com.tencent.android.qqdownloader");
    }

    @Test
    void readsTheInstallersOwnFileNameAsTheInstaller() {
        assertThat(adapter.packageFromDownload("https://dl.example.invalid/ug/%E5%BA%94%E7%94%A8%E5%AE%9D.apk",
                Optional.empty())).contains("com.tencent.android.qqdownloader");
    }

    @Test
    void revealsNothingFromAnMd5FileName() {
        assertThat(adapter.packageFromDownload("http://imtt.dd.qq.com/16891/apk/53E2D10B14FC0AA8689059ED97041F3E.apk",
                Optional.of("53E2D10B14FC0AA8689059ED97041F3E.apk"))).isEmpty();
    }

    @Test
    void revealsNothingFromGarbage() {
        assertThat(adapter.packageFromDownload("::%%%?fsname=%zz_1.apk", Optional.of("_1.apk"))).isEmpty();
        assertThat(adapter.packageFromDownload(null, null)).isEmpty();
    }
}
