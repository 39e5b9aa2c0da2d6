package io.appaudit.indexer.checks.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Z2, M1 and R5 read the delivered APK's manifest where it was read, and are unknown (with why) where it was not. */
class DeliveredApkChecksTest {

    private static final Instant T = Instant.parse("2026-11-10T02:00:00Z");
    private static final String SIGNER = "0a".repeat(32);
    private final CheckContext context = CheckContext.load(ShippedDefaults.checks());

    private static Plant plant() {
        return Plant.of(StoreId.XIAOMI, "com.apk.test", T);
    }

    private static ListingDocument withApk(Plant p, ListingDocument.Apk apk) {
        return p.probes("download", p.downloadWithApk(apk)).doc();
    }

    private static ListingDocument.Apk apk(Plant p, int targetSdk, List<String> permissions) {
        return p.apk(p.pkg(), 210L, "2.1.0", targetSdk, permissions, List.of(SIGNER), List.of());
    }

    @Test
    void z2UsesTheStoresTargetSdkBeforeTheManifests() {
        Plant p = plant().with(b -> b.targetSdk(34));
        assertThat(new TargetSdkCheck().evaluate(withApk(p, apk(p, 26, List.of())), context).status())
                .isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void z2FallsBackToTheManifestAndSaysSo() {
        Plant p = plant().with(b -> b.targetSdk(null));
        Outcome o = new TargetSdkCheck().evaluate(withApk(p, apk(p, 26, List.of())), context);
        assertThat(o.failed()).isTrue();
        assertThat(o.values()).containsEntry("target_sdk", "26").containsEntry("source", "delivered APK manifest")
                .containsEntry("apk_evidence", "<urn:uuid:apk:com.apk.test:" + T + ":1> <urn:uuid:apk:com.apk.test:"
                        + T + ":2>");
    }

    @Test
    void z2IsUnknownWithTheReasonWhenTheApkWasNotRead() {
        Plant p = plant().with(b -> b.targetSdk(null));
        Outcome o = new TargetSdkCheck().evaluate(withApk(p, Plant.unread("over_budget", "signing block > 1 MB")),
                context);
        assertThat(o.status()).isEqualTo(Outcome.Status.UNKNOWN);
        assertThat(o.note()).isEqualTo("no target SDK shown; delivered APK not read: over_budget");
    }

    @Test
    void m1ProvedByTheManifestBeatsTheFileName() {
        Plant p = plant();
        ListingDocument d = p.probes("download", p.probe("download", p.downloadUrl(), "下载", 200, "com.apk.test.apk",
                "com.apk.test", null).withApk(p.apk("com.other.installer", 1L, "1.0", 33, List.of(), List.of(SIGNER),
                List.of()))).doc();
        Outcome o = new DeliveredPackageCheck().evaluate(d, context);
        assertThat(o.failed()).isTrue();
        assertThat(o.values()).containsEntry("delivered_package", "com.other.installer")
                .containsEntry("manifest_package", "com.other.installer").containsEntry("proved_by",
                        "delivered APK manifest").containsEntry("file_name_package", "com.apk.test")
                .containsKey("apk_evidence");
    }

    @Test
    void m1FallsBackToTheFileNameWhenNoApkWasRead() {
        Plant p = plant();
        ListingDocument d = p.probes("download", p.probe("download", p.downloadUrl(), "下载", 200, "other.apk",
                "com.other", null).withApk(Plant.unread("ranges_not_served", "no 206"))).doc();
        Outcome o = new DeliveredPackageCheck().evaluate(d, context);
        assertThat(o.failed()).isTrue();
        assertThat(o.values()).containsEntry("proved_by", "file name").doesNotContainKey("manifest_package");
    }

    @Test
    void r5FlagsOnlyDangerousPermissionsThePageDoesNotDisclose() {
        Plant p = plant().with(b -> b.permissions(List.of("访问确切位置信息（使用 GPS 和网络进行定位）", "完全的网络访问权限")));
        Outcome o = new UndisclosedPermissionsCheck().evaluate(withApk(p, apk(p, 33, List.of(
                "android.permission.INTERNET", "android.permission.ACCESS_FINE_LOCATION",
                "android.permission.RECORD_AUDIO", "com.vendor.permission.PUSH"))), context);
        assertThat(o.failed()).isTrue();
        assertThat(o.values()).containsEntry("undisclosed", "android.permission.RECORD_AUDIO")
                .containsEntry("apk_dangerous", "android.permission.ACCESS_FINE_LOCATION, android.permission.RECORD_AUDIO");
    }

    @Test
    void r5PassesWhenEveryDangerousPermissionIsDisclosedByNameOrLabel() {
        Plant p = plant().with(b -> b.permissions(List.of("RECORD_AUDIO", "读取联系人")));
        Outcome o = new UndisclosedPermissionsCheck().evaluate(withApk(p, apk(p, 33, List.of(
                "android.permission.RECORD_AUDIO", "android.permission.READ_CONTACTS"))), context);
        assertThat(o.status()).isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void r5IsUnknownWithoutAnApkOrWithoutThePagesList() {
        Plant unread = plant();
        assertThat(new UndisclosedPermissionsCheck().evaluate(withApk(unread, Plant.unread("failed", "timeout")),
                context).note()).isEqualTo("delivered APK not read: failed");
        Plant noList = plant().with(b -> b.permissions(null));
        assertThat(new UndisclosedPermissionsCheck().evaluate(withApk(noList, apk(noList, 33,
                List.of("android.permission.CAMERA"))), context).status()).isEqualTo(Outcome.Status.UNKNOWN);
        Plant noProbe = plant();
        assertThat(new UndisclosedPermissionsCheck().evaluate(noProbe.probes("download").doc(), context).note())
                .isEqualTo("delivered APK not read: no download control was probed");
    }

    @Test
    void theVendoredListHoldsAospsDangerousPermissionsOnly() {
        assertThat(DangerousPermissions.size()).isGreaterThanOrEqualTo(40);
        assertThat(DangerousPermissions.find("android.permission.READ_CONTACTS")).isPresent();
        assertThat(DangerousPermissions.find("android.permission.INTERNET")).isEmpty();
        assertThat(DangerousPermissions.find("android.permission.SYSTEM_ALERT_WINDOW")).isEmpty();
    }
}
