package io.appaudit.crawler.demo;

import io.appaudit.crawler.demo.DemoSet.Planted;
import io.appaudit.crawler.demo.DemoSet.Registration;
import io.appaudit.crawler.demo.Products.Permission;
import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the demo set from a seed: 30 apps every store lists (two real Tencent apps as decoys, 28 fictional) and 20
 * fictional apps of each store's own, each store's view of them, the planted problems, and the user files.
 */
final class DemoCatalog {

    static final long SEED = 20_261_128L;
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 28);
    static final int COMMON = 30;
    static final int OWN = 20;
    /** AUDIT-RULES R2: only well-formed numbers go into the registry export. */
    private static final Pattern WELL_FORMED = Pattern.compile("^.ICP备\\d{8,10}号-\\d+A$");
    /** The stores whose pages show a filing number (Xiaomi and Huawei have no place for one). */
    private static final List<StoreId> FILING_STORES = List.of(StoreId.TENCENT, StoreId.OPPO, StoreId.VIVO);

    private DemoCatalog() {
    }

    /**
     * Days between the previous quarter's replay and this one's: its dates are this many days earlier, and
     * {@code appaudit demo} dates its crawl about this long before the current one.
     */
    static final int PREVIOUS_DAYS = 91;

    static DemoSet build() {
        return build(SEED, REFERENCE, false);
    }

    /** The previous quarter's set: the same apps, dated {@link #PREVIOUS_DAYS} earlier, with the plants of then. */
    static DemoSet buildPrevious() {
        return build(SEED, REFERENCE.minusDays(PREVIOUS_DAYS), true);
    }

    static DemoSet build(long seed, LocalDate reference, boolean previous) {
        Random rnd = new Random(seed);
        Brands brands = new Brands(rnd);
        List<BaseApp> common = new ArrayList<>(List.of(wechat(rnd, reference), qq(rnd, reference)));
        int product = 0;
        while (common.size() < COMMON) {
            common.add(BaseApp.fictional(brands.take(), Products.ALL.get(product++ % Products.ALL.size()), rnd,
                    reference));
        }
        Map<StoreId, List<BaseApp>> own = new EnumMap<>(StoreId.class);
        for (StoreId s : StoreId.values()) {
            List<BaseApp> apps = new ArrayList<>();
            for (int i = 0; i < OWN; i++) {
                apps.add(BaseApp.fictional(brands.take(), Products.ALL.get(product++ % Products.ALL.size()), rnd,
                        reference));
            }
            own.put(s, apps);
        }
        PlantPlan.shapeBases(common, own, brands);

        StoreViews views = new StoreViews(rnd);
        Map<StoreId, Map<String, DemoListing.Draft>> drafts = new EnumMap<>(StoreId.class);
        Map<String, BaseApp> byPackage = new LinkedHashMap<>();
        for (StoreId s : StoreId.values()) {
            Map<String, DemoListing.Draft> m = new LinkedHashMap<>();
            for (BaseApp a : concat(common, own.get(s))) {
                m.put(a.pkg(), views.view(s, a));
                byPackage.put(a.pkg(), a);
            }
            drafts.put(s, m);
        }
        Plants plants = new Plants(drafts, brands, rnd, reference, views);
        new PlantPlan(plants, common, own, previous).apply();

        Map<StoreId, List<DemoListing>> listings = new EnumMap<>(StoreId.class);
        for (StoreId s : StoreId.values()) {
            List<DemoListing.Draft> order = new ArrayList<>(drafts.get(s).values());
            Collections.shuffle(order, rnd);
            if (s == StoreId.HUAWEI) {
                relate(order);
            }
            listings.put(s, order.stream().map(DemoListing.Draft::build).toList());
        }
        List<Planted> rows = new ArrayList<>(plants.rows);
        rows.addAll(neverShown());
        return new DemoSet(reference, listings, rows, plants.notices, registry(drafts, byPackage, plants),
                plants.groups, sites(listings, plants), List.copyOf(plants.deadHosts));
    }

    /** Huawei's tab lists the first apps; the others are reached only through two listings' related-apps cards. */
    private static void relate(List<DemoListing.Draft> order) {
        int listed = DemoDiscovery.HUAWEI_LISTED;
        int half = (order.size() - listed) / 2;
        for (int i = listed; i < order.size(); i++) {
            order.get(i < listed + half ? 0 : 1).related.add(order.get(i).appId);
        }
        order.get(0).related.add(order.get(1).appId);
        order.get(1).related.add(order.get(0).appId);
    }

    private static List<Registration> registry(Map<StoreId, Map<String, DemoListing.Draft>> drafts,
                                               Map<String, BaseApp> byPackage, Plants plants) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (StoreId s : FILING_STORES) {
            for (DemoListing.Draft d : drafts.get(s).values()) {
                if (d.filing != null && WELL_FORMED.matcher(d.filing).matches()) {
                    rows.putIfAbsent(d.filing, plants.registryOverrides.getOrDefault(d.filing,
                            byPackage.get(d.pkg).developer()));
                }
            }
        }
        List<Registration> out = new ArrayList<>();
        rows.forEach((number, entity) -> out.add(new Registration(number, entity)));
        return out;
    }

    private static Map<String, Integer> sites(Map<StoreId, List<DemoListing>> listings, Plants plants) {
        Map<String, Integer> sites = new TreeMap<>();
        for (List<DemoListing> store : listings.values()) {
            for (DemoListing l : store) {
                for (String url : List.of(l.privacyUrl().orElse(""), l.website().orElse(""))) {
                    if (!url.isEmpty() && plants.deadHosts.stream().noneMatch(h -> url.startsWith("https://" + h + "/"))) {
                        sites.put(url, plants.missingPages.contains(url) ? 404 : 200);
                    }
                }
            }
        }
        return sites;
    }

    /** Fields some stores' formats have no place for: the checks on them are unknown there, never problems. */
    private static List<Planted> neverShown() {
        return List.of(
                new Planted("xiaomi", "*", "R1", Plants.UNKNOWN, "", "Xiaomi's details page has no filing-number field"),
                new Planted("huawei", "*", "R1", Plants.UNKNOWN, "", "Huawei's replies have no filing-number field"),
                new Planted("vivo", "*", "R4", Plants.UNKNOWN, "", "vivo's detail reply has no privacy-policy link"),
                new Planted("xiaomi", "*", "D1", Plants.UNKNOWN, "", "only Tencent shows an operator"),
                new Planted("huawei", "*", "D1", Plants.UNKNOWN, "", "only Tencent shows an operator"),
                new Planted("vivo", "*", "D1", Plants.UNKNOWN, "", "only Tencent shows an operator"),
                new Planted("oppo", "*", "D1", Plants.UNKNOWN, "", "only Tencent shows an operator"),
                new Planted("xiaomi", "*", "Z2", Plants.UNKNOWN, "", "Xiaomi's details page shows no target SDK"),
                new Planted("vivo", "*", "Z2", Plants.UNKNOWN, "", "vivo's detail reply has no target SDK"));
    }

    private static BaseApp wechat(Random rnd, LocalDate reference) {
        return new BaseApp("com.tencent.mm", "微信", "深圳市腾讯计算机系统有限公司", "weixin.qq.com", "社交通讯",
                "微信，是一个生活方式", "微信是一款跨平台的通讯工具。支持单人、多人参与，发送语音、图片、视频和文字。",
                "8.0.66", 2980, reference.minusDays(24).atTime(10, 12, 30), 255_274_257L, 26_500_000_000L, 4.3,
                BaseApp.filing(rnd), permissions(0, 1, 2, 4), "https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN"
                        + "&t=weixin_agreement&s=privacy", "https://weixin.qq.com/", 34, BaseApp.hex(rnd, 32),
                BaseApp.hex(rnd, 64));
    }

    private static BaseApp qq(Random rnd, LocalDate reference) {
        return new BaseApp("com.tencent.mobileqq", "QQ", "深圳市腾讯计算机系统有限公司", "im.qq.com", "社交通讯",
                "乐在沟通", "QQ是一款即时通讯应用，支持聊天、通话与文件传输。", "9.1.30", 9130,
                reference.minusDays(41).atTime(16, 5, 0), 312_475_211L, 8_120_000_000L, 4.1, BaseApp.filing(rnd),
                permissions(1, 2, 3, 4, 8), "https://privacy.qq.com/document/preview/qq", "https://im.qq.com/", 34,
                BaseApp.hex(rnd, 32), BaseApp.hex(rnd, 64));
    }

    private static List<Permission> permissions(int... others) {
        List<Permission> out = new ArrayList<>(List.of(Products.INTERNET));
        for (int i : others) {
            out.add(Products.OTHERS.get(i));
        }
        return out;
    }

    private static List<BaseApp> concat(List<BaseApp> a, List<BaseApp> b) {
        List<BaseApp> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
