package io.appaudit.crawler.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void prefersTheExtendedContentDispositionName() {
        assertThat(FileNames.fromDisposition("attachment; filename=\"x.apk\"; filename*=UTF-8''%E5%BE%AE%E4%BF%A1.apk"))
                .contains("微信.apk");
    }

    @Test
    void readsAQuotedFileName() {
        assertThat(FileNames.fromDisposition("attachment; filename=\"com.tencent.mm.2512041020.apk\""))
                .contains("com.tencent.mm.2512041020.apk");
    }

    @Test
    void dropsAnyPathAFileNameCarries() {
        assertThat(FileNames.fromDisposition("attachment; filename=\"../../etc/evil.apk\"")).contains("evil.apk");
    }

    @Test
    void fallsBackToTheLastPathSegmentOfTheFinalUrl() {
        assertThat(FileNames.of(Optional.empty(),
                "https://f5.market.xiaomi.com/download/AppStore/0a1b/com.example.apk?t=1"))
                .contains("com.example.apk");
    }
}
