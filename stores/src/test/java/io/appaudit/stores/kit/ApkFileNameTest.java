package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApkFileNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            com.tencent.mm.apk                    | com.tencent.mm
            COM.Tencent.MM.APK                    | COM.Tencent.MM
            com.tencent.mm_2780.apk               | com.tencent.mm
            com.tencent.mm_8.0.49.apk             | com.tencent.mm
            com.tencent.mm_8.0.40_2420.apk        | com.tencent.mm
            com.eg.android.AlipayGphone_10.8.6.8000.apk | com.eg.android.AlipayGphone
            com.foo_bar.app.apk                   | com.foo_bar.app
            com.example.my_app_2.1.0_21.apk       | com.example.my_app
            com.example.app_2_8.0.1_100.apk       | com.example.app_2
            com.example.app_2_100.apk             | com.example.app
            com.example.app_1.0-beta.apk          | com.example.app
            "org.example.app.apk"                 | org.example.app
            downloads/com.tencent.mm_2780.apk     | com.tencent.mm
            com%2Etencent%2Emm.apk                | com.tencent.mm
            """)
    void readsThePackageAndDropsTheVersionSuffix(String name, String pkg) {
        assertThat(ApkFileName.packageIn(name)).contains(pkg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"芒果TV_4.4.3_55.apk", "weixin.apk", "53E2D10B14FC0AA8689059ED97041F3E.apk",
        "com.tencent.mm.zip", "org.example.app_310", "_1.apk", ".apk", "com.tencent.mm_2780 (1).apk",
        "1com.example.apk", "com..example.apk", "com.example-app.apk", "%E8%8.apk", "  "})
    void revealsNothingFromANameThatIsNoPackage(String name) {
        assertThat(ApkFileName.packageIn(name)).isEmpty();
    }

    @Test
    void revealsNothingFromAnAbsurdlyLongName() {
        assertThat(ApkFileName.packageIn("com." + "a".repeat(ApkFileName.MAX_NAME) + ".apk")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            com.tencent.mm.2512041530.apk              | com.tencent.mm
            com.joym.legendhero.huawei.1904131543.apk  | com.joym.legendhero.huawei
            """)
    void readsHuaweisStampedNames(String name, String pkg) {
        assertThat(ApkFileName.stampedPackageIn(name)).contains(pkg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.tencent.mm.2513991530.apk", "com.tencent.mm.2512041590.apk", "com.tencent.mm.apk",
        "com.tencent.mm_2780.apk", "wechat.2512041530.apk", "my%20app.2512041530.apk", "2512041530.apk"})
    void readsNoStampedNameThatIsNotAPackageAndABuildTime(String name) {
        assertThat(ApkFileName.stampedPackageIn(name)).isEmpty();
    }

    @Test
    void prefersTheDeliveredFileNameToTheUrl() {
        assertThat(ApkFileName.packageOf("https://cdn.example/a/com.other.app.apk", Optional.of("com.tencent.mm.apk")))
                .contains("com.tencent.mm");
    }

    @Test
    void fallsBackToTheUrlsLastSegmentWithoutQueryOrFragment() {
        assertThat(ApkFileName.packageOf("https://cdn.example/a/com.tencent.mm_2780.apk?sign=1#x",
                Optional.of("download"))).contains("com.tencent.mm");
        assertThat(ApkFileName.stampedPackageOf("https://cdn.example/com.tencent.mm.2512041530.apk?source=x",
                Optional.empty())).contains("com.tencent.mm");
    }

    @Test
    void revealsNothingFromMissingInput() {
        assertThat(ApkFileName.packageOf(null, null)).isEmpty();
        assertThat(ApkFileName.stampedPackageOf(null, null)).isEmpty();
        assertThat(ApkFileName.lastSegment("https://cdn.example/dir/")).isEmpty();
    }
}
