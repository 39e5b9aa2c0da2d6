package io.appaudit.crawler.validity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The products every store lists: fictional brands (two characters drawn from two lists), each with its developer,
 * filing number, version and permissions, the same in every store unless a store's plant changes them. The first
 * {@link #RESERVED} are the cross-store cases and carry no per-store plant.
 */
final class BaseApps {

    /** Apps 0..5: D2 in Xiaomi, D2 in vivo, a brand sibling in Huawei, half-width brackets in OPPO, 支付宝, 柚子. */
    static final int RESERVED = 6;
    private static final String[][] FIRST = {{"青", "qing"}, {"木", "mu"}, {"云", "yun"}, {"星", "xing"},
            {"禾", "he"}, {"川", "chuan"}, {"若", "ruo"}, {"知", "zhi"}, {"朗", "lang"}, {"溪", "xi"}};
    private static final String[][] SECOND = {{"帆", "fan"}, {"石", "shi"}, {"松", "song"}, {"桥", "qiao"},
            {"岚", "lan"}, {"舟", "zhou"}, {"原", "yuan"}, {"野", "ye"}, {"柏", "bai"}, {"峰", "feng"}};
    private static final String[][] PRODUCTS = {{"记账", "ledger"}, {"天气", "weather"}, {"笔记", "notes"},
            {"相机", "camera"}, {"地图", "maps"}, {"阅读", "books"}, {"音乐", "music"}, {"日历", "calendar"},
            {"翻译", "translate"}, {"健身", "fitness"}};
    private static final String[] CITIES = {"厦门", "杭州", "深圳", "成都", "南京", "北京", "上海", "武汉"};
    private static final String[] INDUSTRY = {"科技", "网络科技", "信息技术", "软件", "网络技术"};
    static final String[] PROVINCES = {"京", "沪", "粤", "浙", "苏", "闽", "川", "鄂", "湘", "皖"};
    private static final String[] PERMISSIONS = {"相机", "位置信息", "读取存储", "麦克风", "通讯录", "电话",
            "日历", "短信"};

    /** One product: its brand (and its pinyin, used in package names and hosts) and what it shows everywhere. */
    record App(int index, String brand, String pinyin, String product, String pkg, String developer, String city,
               String filing, String version, long versionCode, List<String> permissions) {

        String name() {
            return brand + product;
        }

        String host() {
            return "www." + pinyin + ".example";
        }
    }

    private BaseApps() {
    }

    static List<App> generate(Random random, int count) {
        Set<String> brands = new LinkedHashSet<>();
        List<App> apps = new ArrayList<>();
        while (apps.size() < count) {
            String[] a = FIRST[random.nextInt(FIRST.length)];
            String[] b = SECOND[random.nextInt(SECOND.length)];
            if (!brands.add(a[0] + b[0])) {
                continue;
            }
            int i = apps.size();
            String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            String brand = a[0] + b[0];
            String pinyin = a[1] + b[1];
            String city = CITIES[random.nextInt(CITIES.length)];
            String industry = INDUSTRY[random.nextInt(INDUSTRY.length)];
            // Both shapes real companies use: place first, or the place in brackets after the brand.
            String developer = random.nextBoolean() ? city + brand + industry + "有限公司"
                    : brand + industry + "（" + city + "）有限公司";
            String pkg = "cn." + pinyin + "." + product[1];
            if (i == 4) {
                brand = "支付宝";
                pinyin = "zhifubao";
                developer = "支付宝（杭州）信息技术有限公司";
                pkg = "cn.zhifubao.validity";
            } else if (i == 5) {
                brand = "柚子";
                pinyin = "youzi";
                developer = "厦门柚子科技有限公司";
                pkg = "cn.youzi.validity";
            } else if (i == 2 || i == 3) {
                developer = brand + "科技（" + city + "）有限公司";
            }
            String filing = PROVINCES[random.nextInt(PROVINCES.length)] + "ICP备"
                    + (random.nextBoolean() ? "2024" + String.format("%06d", random.nextInt(1_000_000))
                    : String.format("%08d", 10_000_000 + random.nextInt(89_999_999)))
                    + "号-" + (1 + random.nextInt(9)) + "A";
            int major = 1 + random.nextInt(12);
            String version = major + "." + random.nextInt(10) + "." + random.nextInt(30);
            long code = major * 10_000L + random.nextInt(10_000);
            List<String> permissions = new ArrayList<>();
            for (String p : PERMISSIONS) {
                if (random.nextInt(3) == 0) {
                    permissions.add(p);
                }
            }
            if (permissions.isEmpty()) {
                permissions.add(PERMISSIONS[0]);
            }
            apps.add(new App(i, brand, pinyin, product[0], pkg, developer, city, filing, version, code,
                    List.copyOf(permissions)));
        }
        return apps;
    }
}
