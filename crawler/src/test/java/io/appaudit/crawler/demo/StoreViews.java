package io.appaudit.crawler.demo;

import io.appaudit.crawler.demo.Products.Permission;
import io.appaudit.stores.StoreId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * How each store shows an app: its keys, the fields its pages carry (a field the store's format has no place for
 * stays empty), and where its download controls lead. Hosts and URL shapes follow the stores' documented ones.
 */
final class StoreViews {

    private static final DateTimeFormatter HUAWEI_STAMP = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);

    private final Random rnd;
    private int serial;

    StoreViews(Random rnd) {
        this.rnd = rnd;
    }

    DemoListing.Draft view(StoreId store, BaseApp a) {
        serial++;
        return switch (store) {
            case TENCENT -> tencent(a);
            case XIAOMI -> xiaomi(a);
            case HUAWEI -> huawei(a);
            case VIVO -> vivo(a);
            case OPPO -> oppo(a);
        };
    }

    private DemoListing.Draft tencent(BaseApp a) {
        DemoListing.Draft d = common(new DemoListing.Draft(StoreId.TENCENT, a.pkg(),
                Long.toString(50_000 + 37L * serial), a.pkg()), a);
        d.operator = a.developer();
        d.category = a.category();
        d.shortDescription = a.shortDescription();
        d.privacyUrl = a.privacyUrl();
        d.website = a.website();
        d.permissions = a.permissions().stream().map(Permission::androidName).toList();
        d.filing = a.filing();
        d.targetSdk = a.targetSdk();
        d.md5 = a.md5();
        String fsname = a.pkg() + "_" + a.versionName() + ".apk";
        DownloadPath apk = DownloadPath.file(List.of(tencentApk("imtt2.dd.qq.com/sjy.00008", a.md5(), fsname)),
                Optional.of(fsname), Optional.of(a.pkg()));
        d.controls.add(new Control(Control.Role.BUTTON, "下载", apk));
        d.controls.add(new Control(Control.Role.ENDPOINT, "download_url", apk));
        d.controls.add(new Control(Control.Role.SUPPLEMENT, "apkUrl", DownloadPath.file(
                List.of(tencentApk("imtt.dd.qq.com/sjy.00022", a.md5(), fsname)), Optional.of(fsname),
                Optional.of(a.pkg()))));
        return d;
    }

    static String tencentApk(String hostAndBucket, String md5, String fsname) {
        return "https://" + hostAndBucket + "/sjy.00004/16891/apk/" + md5 + ".apk?fsname=" + fsname;
    }

    private DemoListing.Draft xiaomi(BaseApp a) {
        String appId = Long.toString(100_000 + 53L * serial);
        DemoListing.Draft d = common(new DemoListing.Draft(StoreId.XIAOMI, a.pkg(), appId, a.pkg()), a);
        d.rating = Math.round(a.rating() * 2) / 2.0;
        d.category = a.category();
        d.privacyUrl = a.privacyUrl();
        d.permissions = titles(a);
        String cdn = "https://f" + (1 + rnd.nextInt(8)) + ".market.xiaomi.com/download/AppStore/"
                + BaseApp.hex(rnd, 40).toLowerCase(Locale.ROOT) + "/" + a.pkg() + "_" + a.versionCode() + ".apk";
        String endpoint = "https://app.mi.com/download/" + appId;
        d.controls.add(new Control(Control.Role.BUTTON, "直接下载", DownloadPath.file(
                List.of(endpoint + "?ref=appstore.mobile_download&nonce=" + (1_000_000 + rnd.nextInt(9_000_000)), cdn),
                Optional.empty(), Optional.of(a.pkg()))));
        d.controls.add(new Control(Control.Role.ENDPOINT, "直接下载", DownloadPath.file(List.of(endpoint, cdn),
                Optional.empty(), Optional.of(a.pkg()))));
        return d;
    }

    private DemoListing.Draft huawei(BaseApp a) {
        String id = "C" + (101_000_000 + 7919L * serial);
        DemoListing.Draft d = common(new DemoListing.Draft(StoreId.HUAWEI, id,
                BaseApp.hex(rnd, 32).toLowerCase(Locale.ROOT), a.pkg()), a);
        d.shortDescription = a.shortDescription();
        d.privacyUrl = a.privacyUrl();
        d.website = a.website();
        d.permissions = titles(a);
        d.targetSdk = a.targetSdk();
        d.md5 = a.md5();
        d.sha256 = a.sha256();
        d.controls.add(new Control(Control.Role.ENDPOINT, "安装", huaweiApk(id, a.pkg(), a)));
        return d;
    }

    /** {@code /appdl/C<id>} answers 302 to the CDN file {@code <package>.<yyMMddHHmm>.apk}. */
    DownloadPath huaweiApk(String id, String deliveredPkg, BaseApp a) {
        String cdn = "https://appdl-1-drcn.dbankcdn.com/dl/appdl/application/apk/"
                + BaseApp.hex(rnd, 2).toLowerCase(Locale.ROOT) + "/" + BaseApp.hex(rnd, 32).toLowerCase(Locale.ROOT)
                + "/" + deliveredPkg + "." + HUAWEI_STAMP.format(a.updated()) + ".apk?maple=0&distOpEntity=HWSW";
        return DownloadPath.file(List.of("https://appgallery.cloud.huawei.com/appdl/" + id, cdn), Optional.empty(),
                Optional.of(deliveredPkg));
    }

    private DemoListing.Draft vivo(BaseApp a) {
        String id = Long.toString(3_000_000 + 61L * serial);
        DemoListing.Draft d = common(new DemoListing.Draft(StoreId.VIVO, id, id, a.pkg()), a);
        d.shortDescription = a.shortDescription();
        d.permissions = titles(a);
        d.filing = a.filing();
        // vivo's CDN names files by upload time and hash: the delivered name reveals no package.
        String cdn = "https://apkdl.appstore.vivo.com.cn/appstore/developer/apk/" + DAY.format(a.updated()) + "/"
                + SECOND.format(a.updated()) + BaseApp.hex(rnd, 16).toLowerCase(Locale.ROOT) + ".apk";
        d.controls.add(new Control(Control.Role.ENDPOINT, "下载", DownloadPath.file(
                List.of(vivoDownload(id), cdn), Optional.empty(), Optional.empty())));
        return d;
    }

    static String vivoDownload(String id) {
        return "https://appstore.vivo.com.cn/appinfo/downloadApkFile-h5appstore?id=" + id;
    }

    private DemoListing.Draft oppo(BaseApp a) {
        String id = Long.toString(1_000_000 + 71L * serial);
        String verId = Long.toString(20_000_000 + 1_013L * serial);
        DemoListing.Draft d = common(new DemoListing.Draft(StoreId.OPPO, id, verId, a.pkg()), a);
        d.category = a.category();
        d.privacyUrl = a.privacyUrl();
        d.website = a.website();
        d.permissions = titles(a);
        d.filing = a.filing();
        d.controls.add(new Control(Control.Role.BUTTON, "下载", DownloadPath.file(List.of(
                "https://istore.oppomobile.com/download/v1/" + verId,
                "https://storedl1.nearme.com.cn/apk/" + MONTH.format(a.updated()) + "/" + a.pkg() + "_"
                        + a.versionCode() + ".apk"), Optional.empty(), Optional.of(a.pkg()))));
        return d;
    }

    private static DemoListing.Draft common(DemoListing.Draft d, BaseApp a) {
        d.name = a.name();
        d.developer = a.developer();
        d.versionName = a.versionName();
        d.versionCode = a.versionCode();
        d.updated = a.updated();
        d.sizeBytes = a.sizeBytes();
        d.downloads = a.downloads();
        d.rating = a.rating();
        d.description = a.description();
        return d;
    }

    private static List<String> titles(BaseApp a) {
        return a.permissions().stream().map(Permission::title).toList();
    }
}
