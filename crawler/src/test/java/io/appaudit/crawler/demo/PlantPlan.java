package io.appaudit.crawler.demo;

import static io.appaudit.crawler.demo.Plants.INFORMATIONAL;
import static io.appaudit.crawler.demo.Plants.NONE;
import static io.appaudit.crawler.demo.Plants.PROBLEM;

import io.appaudit.crawler.demo.DemoSet.GroupMember;
import io.appaudit.crawler.demo.DemoSet.Planted;
import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which app gets which planted problem or decoy. Common apps (listed by all five stores) carry the cross-store
 * plants; each store's own apps carry the rest, where that store's format shows the field concerned.
 */
final class PlantPlan {

    /** Common apps: 0 WeChat and 1 QQ (real, decoys only), then fictional ones. */
    static final int WECHAT = 0;
    static final int QQ = 1;
    static final int D2_XIAOMI = 2;
    static final int D2_HUAWEI = 3;
    static final int D3 = 4;
    static final int BRACKETS = 5;
    static final int NOTICE_NOT_DUE = 6;
    static final int NOTICE_DUE = 7;
    /** Tencent's own apps whose developers are written brand first (their brand is what the normaliser keeps). */
    static final int TENCENT_OFFICIAL = 10;
    static final int TENCENT_GROUP = 11;

    private final Plants p;
    private final List<BaseApp> common;
    private final Map<StoreId, List<BaseApp>> own;
    /** True for the previous quarter's replay: the plants as they were then (see {@link #sincePreviousQuarter()}). */
    private final boolean previous;

    PlantPlan(Plants p, List<BaseApp> common, Map<StoreId, List<BaseApp>> own, boolean previous) {
        this.p = p;
        this.common = common;
        this.own = own;
        this.previous = previous;
    }

    /** Developer names some plants need before the stores show the apps. */
    static void shapeBases(List<BaseApp> common, Map<StoreId, List<BaseApp>> own, Brands brands) {
        common.set(BRACKETS, common.get(BRACKETS).withDeveloper(
                Brands.brandFirstCompany(brands.take(), "杭州", "科技")));
        List<BaseApp> tencent = own.get(StoreId.TENCENT);
        tencent.set(TENCENT_OFFICIAL, tencent.get(TENCENT_OFFICIAL).withDeveloper(
                Brands.brandFirstCompany(brandOf(tencent.get(TENCENT_OFFICIAL)), "深圳", "科技")));
        tencent.set(TENCENT_GROUP, tencent.get(TENCENT_GROUP).withDeveloper(
                Brands.brandFirstCompany(brandOf(tencent.get(TENCENT_GROUP)), "上海", "网络科技")));
    }

    /** The brand an app's name starts with (the fictional apps are named brand + product). */
    private static Brands.Brand brandOf(BaseApp app) {
        String pinyin = app.pkg().split("\\.")[1];
        return new Brands.Brand(app.name().substring(0, 2), pinyin);
    }

    void apply() {
        common();
        tencent(own.get(StoreId.TENCENT));
        xiaomi(own.get(StoreId.XIAOMI));
        huawei(own.get(StoreId.HUAWEI));
        vivo(own.get(StoreId.VIVO));
        oppo(own.get(StoreId.OPPO));
        sincePreviousQuarter();
    }

    /**
     * What changed since the previous quarter. Three problems of the previous quarter's replay are fixed in this
     * one (rectified); one problem of this quarter is new (Xiaomi's 领红包, in {@link #xiaomi}); every other planted
     * problem is in both (persisting). These plants draw nothing from the random source, so both quarters' sets
     * share every other value.
     */
    private void sincePreviousQuarter() {
        StoreId t = StoreId.TENCENT;
        BaseApp filing = own.get(t).get(12);
        if (previous) {
            p.draft(t, filing).filing = null;
        }
        p.row(t, filing, "R1", PROBLEM, Planted.RECTIFIED, "no filing number last quarter; " + filing.filing()
                + " now");
        StoreId x = StoreId.XIAOMI;
        BaseApp updated = own.get(x).get(6);
        DemoListing.Draft d = p.draft(x, updated);
        if (previous) {
            d.updated = p.reference().minusDays(1_000).atTime(d.updated.toLocalTime());
        }
        p.row(x, updated, "Z1", PROBLEM, Planted.RECTIFIED, "last quarter updated 1000 days before its crawl; "
                + "updated since");
        StoreId o = StoreId.OPPO;
        BaseApp renamed = own.get(o).get(10);
        if (previous) {
            p.draft(o, renamed).name = renamed.name() + "·必备";
        }
        p.row(o, renamed, "M4", PROBLEM, Planted.RECTIFIED, "last quarter named " + renamed.name() + "·必备 "
                + "(必备); renamed since");
    }

    private void common() {
        BaseApp wechat = common.get(WECHAT);
        p.draft(StoreId.HUAWEI, wechat).developer = "腾讯科技（北京）有限公司";
        for (StoreId s : StoreId.values()) {
            p.row(s, wechat, "D2", INFORMATIONAL, "Huawei names 腾讯科技（北京）有限公司, the other stores "
                    + wechat.developer() + ": one group (brand 腾讯)");
        }
        BaseApp qq = common.get(QQ);
        p.draft(StoreId.TENCENT, qq).operator = "腾讯科技（深圳）有限公司";
        p.row(StoreId.TENCENT, qq, "D1", INFORMATIONAL, "developer " + qq.developer()
                + ", operator 腾讯科技（深圳）有限公司: one group (brand 腾讯)");

        BaseApp d2x = common.get(D2_XIAOMI);
        String other = p.unrelatedCompany();
        p.draft(StoreId.XIAOMI, d2x).developer = other;
        p.row(StoreId.XIAOMI, d2x, "D2", PROBLEM, "Xiaomi names " + other + ", the other four stores "
                + d2x.developer());
        BaseApp d2h = common.get(D2_HUAWEI);
        other = p.unrelatedCompany();
        p.draft(StoreId.HUAWEI, d2h).developer = other;
        p.row(StoreId.HUAWEI, d2h, "D2", PROBLEM, "Huawei names " + other + ", the other four stores "
                + d2h.developer());

        // AUDIT-RULES D3: APK file hashes differ between stores for many reasons (channel packaging) and never make
        // D3 fire; only signer certificates count, and no store of the replay shows one.
        BaseApp d3 = common.get(D3);
        String md5 = BaseApp.hex(p.rnd(), 32);
        p.draft(StoreId.HUAWEI, d3).md5 = md5;
        for (StoreId s : List.of(StoreId.TENCENT, StoreId.HUAWEI)) {
            p.row(s, d3, "D3", NONE, "version code " + d3.versionCode() + ": Tencent md_5 " + d3.md5()
                    + ", Huawei md5 " + md5 + ": file hashes, not signer certificates, so no D3");
        }

        BaseApp brackets = common.get(BRACKETS);
        String halfWidth = brackets.developer().replace('（', '(').replace('）', ')');
        p.draft(StoreId.HUAWEI, brackets).developer = halfWidth;
        p.draft(StoreId.OPPO, brackets).developer = halfWidth;
        for (StoreId s : StoreId.values()) {
            p.row(s, brackets, "D2", NONE, "Huawei and OPPO write " + halfWidth + ", the others "
                    + brackets.developer() + ": one entity once brackets are normalised");
        }

        p.notice(StoreId.VIVO, common.get(NOTICE_NOT_DUE), p.reference().plusDays(400), NONE);
        // deadlines long passed: due already at the previous quarter's crawl, whenever the demo runs
        p.notice(StoreId.XIAOMI, common.get(NOTICE_DUE), p.reference().minusDays(200), PROBLEM);
        String gone = "cn." + p.brands().take().pinyin() + ".game";
        LocalDate deadline = p.reference().minusDays(89);
        p.notices.add(new DemoSet.Notice(StoreId.TENCENT, gone, deadline, Plants.noticeName(deadline)));
        p.rows.add(new DemoSet.Planted(StoreId.TENCENT.id(), gone, "Z5", NONE, "", "named in notices.csv ("
                + Plants.noticeName(deadline) + "), deadline " + deadline + ", but no store lists it: taken down"));
    }

    private void tencent(List<BaseApp> apps) {
        StoreId t = StoreId.TENCENT;
        p.draft(t, apps.get(0)).filing = null;
        p.row(t, apps.get(0), "R1", PROBLEM, "no filing-number field and none in the app's text");
        DemoListing.Draft r2 = p.draft(t, apps.get(1));
        r2.filing = r2.filing.substring(0, r2.filing.length() - 1);
        p.row(t, apps.get(1), "R2", PROBLEM, "filing number " + r2.filing + " lacks the trailing A");
        p.missingPrivacyPage(t, apps.get(2));
        p.deadDeveloper(t, apps.get(3));
        p.stale(t, apps.get(4), 1_000);
        p.draft(t, apps.get(5)).targetSdk = 28;
        p.row(t, apps.get(5), "Z2", PROBLEM, "target_sdk_version 28");
        String operator = p.unrelatedCompany();
        p.draft(t, apps.get(6)).operator = operator;
        p.row(t, apps.get(6), "D1", PROBLEM, "developer " + apps.get(6).developer() + ", operator " + operator);
        d5(t, apps.get(7));
        p.draft(t, apps.get(8)).replace(new Control(Control.Role.BUTTON, "下载", Plants.installer()));
        p.row(t, apps.get(8), "M1", PROBLEM, "the 下载 button links microdown.myapp.com: it delivers "
                + Plants.INSTALLER_PACKAGE);
        p.button(t, apps.get(9), "高速下载", Plants.installer());
        p.row(t, apps.get(9), "M2", PROBLEM, "a 高速下载 button delivers " + Plants.INSTALLER_PACKAGE);
        p.row(t, apps.get(9), "M3", PROBLEM, "下载 delivers the app, 高速下载 the installer");
        BaseApp official = apps.get(TENCENT_OFFICIAL);
        p.draft(t, official).name = official.name() + "（官方版）";
        p.row(t, official, "M4", NONE, "官方 in the name of the developer's own app (" + official.developer()
                + ": its brand is in the name)");
        BaseApp grouped = apps.get(TENCENT_GROUP);
        String partner = Brands.brandFirstCompany(p.brands().take(), "上海", "文化传媒");
        p.draft(t, grouped).operator = partner;
        String group = grouped.name().substring(0, 2) + "集团";
        p.groups.add(new GroupMember(group, grouped.developer()));
        p.groups.add(new GroupMember(group, partner));
        p.row(t, grouped, "D1", INFORMATIONAL, "developer " + grouped.developer() + ", operator " + partner
                + ": one group in groups.csv (without checks.group-file it is a problem)");
    }

    private void xiaomi(List<BaseApp> apps) {
        StoreId x = StoreId.XIAOMI;
        p.draft(x, apps.get(0)).privacyUrl = null;
        p.row(x, apps.get(0), "R3", PROBLEM, "no 隐私政策 label: privacy-policy link missing");
        p.missingPrivacyPage(x, apps.get(1));
        p.stale(x, apps.get(2), 1_200);
        p.deadDownload(x, apps.get(3), 404, false);
        p.draft(x, apps.get(4)).developer = "未知";
        p.row(x, apps.get(4), "D4", PROBLEM, "开发者 未知");
        DemoListing.Draft m4 = p.draft(x, apps.get(5));
        String inducing = apps.get(5).name().substring(0, 2) + "领红包";
        if (!previous) {
            m4.name = inducing;
        }
        p.row(x, apps.get(5), "M4", PROBLEM, Planted.NEW, "name " + inducing + " contains 领红包 (renamed this quarter)");
    }

    private void huawei(List<BaseApp> apps) {
        StoreId h = StoreId.HUAWEI;
        p.draft(h, apps.get(0)).developer = null;
        p.row(h, apps.get(0), "R3", PROBLEM, "no developer in detailappinfocard or pcappinfocard");
        p.row(h, apps.get(0), "D4", PROBLEM, "developer missing");
        p.missingPrivacyPage(h, apps.get(1));
        p.deadDeveloper(h, apps.get(2));
        p.stale(h, apps.get(3), 1_500);
        p.draft(h, apps.get(4)).targetSdk = 26;
        p.row(h, apps.get(4), "Z2", PROBLEM, "detailhiddencard.targetSDK 26");
        p.deadDownload(h, apps.get(5), 404, true);
        BaseApp m1 = apps.get(6);
        BaseApp delivered = apps.get(apps.size() - 1);
        DemoListing.Draft d = p.draft(h, m1);
        d.replace(new Control(Control.Role.ENDPOINT, "安装", p.views().huaweiApk(d.appId, delivered.pkg(), m1)));
        p.row(h, m1, "M1", PROBLEM, "/appdl/" + d.appId + " redirects to a file of " + delivered.pkg());
        DemoListing.Draft m4 = p.draft(h, apps.get(7));
        m4.name = p.brands().take().hanzi() + apps.get(7).name().substring(2) + "官方版";
        p.row(h, apps.get(7), "M4", PROBLEM, "name " + m4.name + " claims 官方 for " + apps.get(7).developer());
    }

    private void vivo(List<BaseApp> apps) {
        StoreId v = StoreId.VIVO;
        p.draft(v, apps.get(0)).filing = null;
        p.row(v, apps.get(0), "R1", PROBLEM, "no filing number in the introduction or remark");
        p.draft(v, apps.get(1)).permissions = null;
        p.row(v, apps.get(1), "R3", PROBLEM, "no permissionList: permission list missing");
        p.stale(v, apps.get(2), 1_800);
        p.deadDownload(v, apps.get(3), 410, false);
        p.draft(v, apps.get(4)).developer = "个人开发者";
        p.row(v, apps.get(4), "D4", PROBLEM, "developer 个人开发者");
        p.draft(v, apps.get(5)).shortDescription = "新人免费领取会员";
        p.row(v, apps.get(5), "M4", PROBLEM, "app_remark 新人免费领取会员 contains 免费领取");
        BaseApp related = apps.get(6);
        String brand = related.name().substring(0, 2);
        String sibling = related.developer().contains("（") ? "成都" + brand + "信息技术有限公司"
                : brand + "信息技术（成都）有限公司";
        p.registryOverrides.put(related.filing(), sibling);
        p.row(v, related, "D5", INFORMATIONAL, "registry.csv registers " + related.filing() + " to " + sibling
                + ", the listing names " + related.developer() + ": one group (brand " + brand + ")");
        DemoListing.Draft official = p.draft(v, apps.get(7));
        official.name = apps.get(7).name() + "官方版";
        official.official = true;
        p.row(v, apps.get(7), "M4", NONE, "官方 in the name, and vivo marks the app official (offical 1)");
    }

    private void oppo(List<BaseApp> apps) {
        StoreId o = StoreId.OPPO;
        p.draft(o, apps.get(0)).filing = null;
        p.row(o, apps.get(0), "R1", PROBLEM, "no 备案号 label");
        DemoListing.Draft r2 = p.draft(o, apps.get(1));
        r2.filing = r2.filing.substring(0, 1) + "ICP备" + (100_000 + p.rnd().nextInt(900_000)) + "号-1A";
        p.row(o, apps.get(1), "R2", PROBLEM, "备案号 " + r2.filing + " has 6 digits");
        p.draft(o, apps.get(2)).permissions = null;
        p.row(o, apps.get(2), "R3", PROBLEM, "no 应用权限 label: permission list missing");
        p.stale(o, apps.get(3), 950);
        p.deadDownload(o, apps.get(4), 404, false);
        p.button(o, apps.get(5), "高速下载", DownloadPath.file(List.of(
                "https://app.cdo.oppomobile.com/download/market/OPPO_market.apk",
                "https://storedl1.nearme.com.cn/apk/market/" + Plants.OPPO_MARKET_PACKAGE + "_91000.apk"),
                Optional.empty(), Optional.of(Plants.OPPO_MARKET_PACKAGE)));
        p.row(o, apps.get(5), "M2", PROBLEM, "a 高速下载 link delivers " + Plants.OPPO_MARKET_PACKAGE);
        p.row(o, apps.get(5), "M3", PROBLEM, "下载 delivers the app, 高速下载 the OPPO store");
        String pack = "datapack_" + p.draft(o, apps.get(6)).number + ".apk";
        p.button(o, apps.get(6), "下载完整包", DownloadPath.file(List.of(
                "https://storedl1.nearme.com.cn/apk/data/" + pack), Optional.empty(), Optional.empty()));
        p.row(o, apps.get(6), "M3", PROBLEM, "下载 delivers the app, 下载完整包 the file " + pack);
        DemoListing.Draft m4 = p.draft(o, apps.get(7));
        m4.name = apps.get(7).name() + "·装机必备";
        p.row(o, apps.get(7), "M4", PROBLEM, "name " + m4.name + " contains 装机必备");
        d5(o, apps.get(8));
        p.notice(o, apps.get(9), p.reference().minusDays(230), PROBLEM);
    }

    private void d5(StoreId store, BaseApp app) {
        String entity = p.unrelatedCompany();
        p.registryOverrides.put(app.filing(), entity);
        p.row(store, app, "D5", PROBLEM, "registry.csv registers " + app.filing() + " to " + entity
                + ", the listing names " + app.developer());
    }
}
