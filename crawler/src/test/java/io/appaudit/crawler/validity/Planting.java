package io.appaudit.crawler.validity;

import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Generates the five stores' listings from one seed and a reference day: the same {@link BaseApps} in every store,
 * each store's own plants on distinct apps (one plant per listing, so each planted problem has one cause), and the
 * cross-store cases on the reserved apps.
 */
final class Planting {

    static final int APPS = 40;
    private static final Map<StoreId, Map<Plant, Integer>> PLAN = new EnumMap<>(StoreId.class);

    static {
        PLAN.put(StoreId.TENCENT, plan(Plant.STALE, 3, Plant.STALE_DECOY, 2, Plant.NO_VERSION, 1, Plant.NO_DATE, 1,
                Plant.NO_DEVELOPER, 1, Plant.PLACEHOLDER, 2, Plant.INDUCING, 2, Plant.OFFICIAL_DECOY, 1,
                Plant.DEAD_DOWNLOAD, 2, Plant.UNRELATED_OPERATOR, 2, Plant.INSTALLER_DOWNLOAD, 1,
                Plant.FAST_DOWNLOAD, 3, Plant.TRUNCATED, 1));
        PLAN.put(StoreId.XIAOMI, plan(Plant.STALE, 3, Plant.STALE_DECOY, 1, Plant.NO_VERSION, 1,
                Plant.NO_DEVELOPER, 1, Plant.PLACEHOLDER, 1, Plant.INDUCING, 2, Plant.OFFICIAL_DECOY, 1,
                Plant.DEAD_DOWNLOAD, 2, Plant.NO_FILING, 3, Plant.BAD_FILING, 3, Plant.NO_PRIVACY, 1,
                Plant.NO_PERMISSIONS, 1, Plant.DEAD_PRIVACY, 1, Plant.OTHER_PACKAGE_DOWNLOAD, 1, Plant.TRUNCATED, 1));
        PLAN.put(StoreId.HUAWEI, plan(Plant.STALE, 2, Plant.STALE_DECOY, 1, Plant.NO_DATE, 1, Plant.NO_DEVELOPER, 1,
                Plant.PLACEHOLDER, 1, Plant.INDUCING, 1, Plant.OFFICIAL_DECOY, 1, Plant.DEAD_DOWNLOAD, 2,
                Plant.NO_PRIVACY, 1, Plant.NO_PERMISSIONS, 1, Plant.DEAD_PRIVACY, 1, Plant.DEAD_DEVELOPER, 1,
                Plant.OLD_SDK, 3, Plant.SDK_DECOY, 1, Plant.TRUNCATED, 1));
        PLAN.put(StoreId.VIVO, plan(Plant.STALE, 2, Plant.NO_VERSION, 1, Plant.NO_DEVELOPER, 1, Plant.PLACEHOLDER, 1,
                Plant.INDUCING, 2, Plant.OFFICIAL_DECOY, 1, Plant.DEAD_DOWNLOAD, 2, Plant.NO_FILING, 3,
                Plant.BAD_FILING, 3, Plant.NO_PERMISSIONS, 1, Plant.TRUNCATED, 1));
        PLAN.put(StoreId.OPPO, plan(Plant.STALE, 2, Plant.NO_DATE, 1, Plant.NO_DEVELOPER, 1, Plant.PLACEHOLDER, 1,
                Plant.INDUCING, 1, Plant.DEAD_DOWNLOAD, 2, Plant.NO_FILING, 2, Plant.BAD_FILING, 2,
                Plant.NO_PRIVACY, 1, Plant.NO_PERMISSIONS, 1, Plant.DEAD_PRIVACY, 1, Plant.DEAD_DEVELOPER, 1,
                Plant.TRUNCATED, 1));
    }

    private final Random random;
    private final LocalDate today;
    private final List<Planted> problems = new ArrayList<>();
    private final List<Planted> decoys = new ArrayList<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final Map<StoreId, Integer> shapes = new EnumMap<>(StoreId.class);

    private Planting(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** The catalogue for a seed, with dates counted back from {@code today} (China time). */
    static Catalogue generate(long seed, LocalDate today) {
        return new Planting(seed, today).run();
    }

    private Catalogue run() {
        List<BaseApps.App> base = BaseApps.generate(random, APPS);
        Map<StoreId, List<Shown>> listings = new EnumMap<>(StoreId.class);
        for (StoreId store : StoreId.values()) {
            List<Draft> drafts = base.stream().map(a -> draft(store, a)).toList();
            crossStore(store, drafts);
            List<Integer> free = new ArrayList<>(IntStream.range(BaseApps.RESERVED, APPS).boxed().toList());
            Collections.shuffle(free, random);
            PLAN.get(store).forEach((plant, count) -> {
                for (int i = 0; i < count; i++) {
                    plant.apply(this, drafts.get(free.remove(0)));
                }
            });
            drafts.forEach(this::recordPages);
            listings.put(store, drafts.stream().map(Draft::shown).toList());
        }
        return new Catalogue(listings, problems, decoys, pages);
    }

    private Draft draft(StoreId store, BaseApps.App app) {
        LocalDateTime updated = today.minusDays(3 + random.nextInt(400)).atTime(9 + random.nextInt(10),
                random.nextInt(60));
        byte[] md5 = new byte[16];
        random.nextBytes(md5); // every store's file differs: channel builds (D3 decoys everywhere)
        Draft d = new Draft(store, app, Formats.id(store, app), updated, HexFormat.of().formatHex(md5));
        if (store == StoreId.TENCENT) {
            d.operator = d.developer;
        }
        if (Formats.PRIVACY.contains(store)) {
            d.privacy = Optional.of("https://" + app.host() + "/privacy.html");
        }
        if (Formats.PERMISSIONS.contains(store)) {
            d.permissions = Optional.of(app.permissions());
        }
        if (Formats.FILING.contains(store)) {
            d.filing = Optional.of(app.filing());
        }
        if (Formats.WEBSITE.contains(store)) {
            d.website = Optional.of("https://" + app.host() + "/");
        }
        if (Formats.TARGET_SDK.contains(store)) {
            d.targetSdk = Optional.of(31 + random.nextInt(5));
        }
        d.downloads.add(Formats.download(d, app.pkg(), true));
        return d;
    }

    /** D2 and D1 across and within stores, on the reserved apps 0..5. */
    private void crossStore(StoreId store, List<Draft> drafts) {
        String s = store.id();
        switch (store) {
            case XIAOMI -> {
                drafts.get(0).developer = Optional.of("南京蓝鲸互动娱乐有限公司");
                problem(s, drafts.get(0), "D2", "developer 南京蓝鲸互动娱乐有限公司; the four other stores agree on "
                        + drafts.get(0).app.developer());
            }
            case VIVO -> {
                drafts.get(1).developer = Optional.of("成都石榴数据服务有限公司");
                problem(s, drafts.get(1), "D2", "developer 成都石榴数据服务有限公司; the four other stores agree on "
                        + drafts.get(1).app.developer());
            }
            case HUAWEI -> {
                Draft d = drafts.get(2);
                d.developer = Optional.of(d.app.brand() + "（上海）数字服务技术有限公司");
                decoy(s, d, "D2", "brand sibling " + d.developer.get() + " of " + d.app.developer());
                drafts.get(5).developer = Optional.of("柚子（西安）数字服务技术有限公司");
                decoy(s, drafts.get(5), "D2", "brand sibling 柚子（西安）数字服务技术有限公司 of 厦门柚子科技有限公司");
            }
            case OPPO -> {
                Draft d = drafts.get(3);
                d.developer = Optional.of(d.app.developer().replace('（', '(').replace('）', ')'));
                decoy(s, d, "D2", "half-width brackets: " + d.developer.get());
            }
            case TENCENT -> {
                drafts.get(4).operator = Optional.of("支付宝（中国）网络技术有限公司");
                decoy(s, drafts.get(4), "D1", "支付宝（杭州）信息技术有限公司 / 支付宝（中国）网络技术有限公司: one brand");
                drafts.get(5).operator = Optional.of("柚子（上海）数字服务技术有限公司");
                decoy(s, drafts.get(5), "D1", "厦门柚子科技有限公司 / 柚子（上海）数字服务技术有限公司: one brand");
                decoy(s, drafts.get(0), "D3", "every store's APK MD5 differs (channel builds); no signer is shown");
            }
        }
    }

    private void recordPages(Draft d) {
        d.privacy.ifPresent(u -> pages.putIfAbsent(u, u.contains("/legal/") || u.contains("old-") ? 404 : 200));
        d.website.ifPresent(u -> pages.putIfAbsent(u, u.contains("old-") ? 404 : 200));
    }

    void problem(String store, Draft d, String check, String how) {
        problems.add(new Planted(store, d.app.pkg(), check, how));
    }

    void decoy(String store, Draft d, String check, String how) {
        decoys.add(new Planted(store, d.app.pkg(), check, how));
    }

    Random random() {
        return random;
    }

    LocalDate today() {
        return today;
    }

    /**
     * The next malformed filing-number shape for the store (see {@link Plant#BAD_FILING}): each store gets different
     * ones; the ICP licence (ICP证) only where a labelled filing field shows it, not in free text.
     */
    int nextShape(StoreId store) {
        int[] shapes = switch (store) {
            case XIAOMI -> new int[] {0, 1, 2};
            case OPPO -> new int[] {3, 5};
            default -> new int[] {4, 0, 1};
        };
        return shapes[this.shapes.merge(store, 1, Integer::sum) - 1];
    }

    private static Map<Plant, Integer> plan(Object... kindsAndCounts) {
        Map<Plant, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            m.put((Plant) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
        }
        return m;
    }
}
