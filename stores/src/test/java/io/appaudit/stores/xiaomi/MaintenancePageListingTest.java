package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A current-layout page whose download box says 维护中 instead of offering a button. */
class MaintenancePageListingTest {

    private static final String PKG = "com.example.reader";

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    private Listing reader() {
        ListingResult r = adapter.parseListing(Fixtures.app(PKG),
                List.of(Fixtures.ok(Fixtures.detailsUrl(PKG), Fixtures.text("details-2025-maintenance.html"))));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    @Test
    void recordsNoDownloadControlWhenThePageSaysUnderMaintenance() {
        assertThat(reader().downloadControls()).isEmpty();
    }

    @Test
    void recordsTheMaintenanceStateAsAnExtra() {
        assertThat(reader().extras()).containsEntry("download.state", "维护中");
    }

    @Test
    void findsTheFilingNumberInTheAppsOwnDescription() {
        assertThat(reader().filingNumber()).contains("浙ICP备2021012345号-3A");
    }

    @Test
    void leavesPermissionsUnknownWhenThePageShowsNoList() {
        assertThat(reader().permissions()).isEmpty();
    }

    @Test
    void makesAProtocolRelativePrivacyLinkHttps() {
        assertThat(reader().privacyPolicyUrl()).contains("https://www.example.com/reader/privacy.html");
    }

    @Test
    void readsTheLabelledFields() {
        Listing l = reader();
        assertThat(l.name()).contains("示例阅读");
        assertThat(l.developer()).contains("杭州示例网络科技有限公司");
        assertThat(l.versionName()).contains("3.2.1");
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2025-03-02T00:00+08:00"));
        assertThat(l.sizeBytes()).contains(37_329_305L);
        assertThat(l.rating()).contains(4.5);
        assertThat(l.category()).contains("图书阅读");
        assertThat(l.description()).contains("示例阅读是一款免费的电子书阅读工具，海量正版小说随心读。\nAPP备案号：浙ICP备2021012345号-3A");
        assertThat(l.extras()).isEqualTo(Map.of("appId", "1554321", "rating.count", "87", "download.state", "维护中"));
        assertThat(l.related()).isEmpty();
    }
}
