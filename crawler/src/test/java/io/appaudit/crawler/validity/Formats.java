package io.appaudit.crawler.validity;

import io.appaudit.stores.StoreId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facts of format from shared/stores/README.md: which fields each store's documented pages have a place for, and
 * where each store's download link leads. A field a store has no place for is never generated for it: its checks
 * are "unknown" there, never a problem.
 */
final class Formats {

    /** 应用宝 pages carry no privacy link, permission list or filing number; vivo's JSON has no privacy field. */
    static final Set<StoreId> PRIVACY = Set.of(StoreId.XIAOMI, StoreId.HUAWEI, StoreId.OPPO);
    static final Set<StoreId> PERMISSIONS = Set.of(StoreId.XIAOMI, StoreId.HUAWEI, StoreId.OPPO, StoreId.VIVO);
    /** Xiaomi as a 备案号 row, vivo in its introduction text, OPPO on its landing page; Huawei showed none. */
    static final Set<StoreId> FILING = Set.of(StoreId.XIAOMI, StoreId.VIVO, StoreId.OPPO);
    static final Set<StoreId> WEBSITE = Set.of(StoreId.HUAWEI, StoreId.OPPO);
    /** Only Huawei's detailhiddencard has targetSDK. */
    static final Set<StoreId> TARGET_SDK = Set.of(StoreId.HUAWEI);
    static final String INSTALLER = "com.tencent.android.qqdownloader";
    private static final DateTimeFormatter HUAWEI_FILE = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);

    private Formats() {
    }

    /** The store's key for the app: package (应用宝), C-prefixed id (华为), numeric id (the others). */
    static String id(StoreId store, BaseApps.App app) {
        return switch (store) {
            case TENCENT -> app.pkg();
            case HUAWEI -> "C" + (100_200_300 + app.index() * 7_919L);
            case XIAOMI -> Long.toString(1_300_000 + app.index() * 131L);
            case VIVO -> Long.toString(2_700_000 + app.index() * 97L);
            case OPPO -> Long.toString(3_100_000 + app.index() * 53L);
        };
    }

    /** The store's one download control, delivering the listed package (or {@code delivers} instead). */
    static Shown.Download download(Draft d, String delivers, boolean alive) {
        String pkg = d.app.pkg();
        String file = delivers + "_" + d.app.versionCode() + ".apk";
        Optional<String> end = alive ? Optional.of(delivers) : Optional.empty();
        return switch (d.store) {
            case TENCENT -> new Shown.Download("下载", "https://imtt.dd.qq.com/sjy.20001/16891/apk/" + d.md5
                    + ".apk?fsname=" + file, Optional.empty(), end, file);
            case XIAOMI -> new Shown.Download("直接下载", "https://app.mi.com/download/" + d.id, Optional.of(
                    "https://f7.market.xiaomi.com/download/AppStore/" + d.md5 + "/" + file), end, file);
            case HUAWEI -> {
                String name = delivers + "." + HUAWEI_FILE.format(d.updated.orElseThrow(
                        () -> new IllegalStateException("Huawei names its files by release time: " + pkg))) + ".apk";
                yield new Shown.Download("安装", "https://appgallery.cloud.huawei.com/appdl/" + d.id, Optional.of(
                        "https://appdlc-drcn.hispace.dbankcloud.com/dl/appdl/application/apk/" + d.md5 + "/" + name),
                        end, name);
            }
            case VIVO -> new Shown.Download("安装", "https://appdl.vivo.com.cn/appstore/download/" + d.id,
                    Optional.of("https://apkcdn.vivo.com.cn/appstore/" + d.md5 + ".apk"), end, file);
            case OPPO -> new Shown.Download("下载", "https://storedl.oppomobile.com/apk/202611/" + d.md5 + ".apk",
                    Optional.empty(), end, file);
        };
    }

    /** The 应用宝 installer as a.app.qq.com links it. */
    static Shown.Download installer(Draft d, String label) {
        return new Shown.Download(label, "https://microdown.myapp.com/ug/yyb_" + d.app.pinyin() + ".apk",
                Optional.empty(), Optional.of(INSTALLER), INSTALLER + "_8904130.apk");
    }
}
