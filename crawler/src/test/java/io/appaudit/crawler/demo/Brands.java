package io.appaudit.crawler.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional brands of the demo's companies: two characters (and their pinyin, for package names and domains), each
 * used once. No brand character occurs in a city name, so no company's brand is contained in another's and
 * unrelated companies stay unrelated under the corporate-group rule (brands compared by containment).
 */
final class Brands {

    /** One brand: its characters and their pinyin. */
    record Brand(String hanzi, String pinyin) {
    }

    private static final String[][] FIRST = {{"青", "qing"}, {"蓝", "lan"}, {"云", "yun"}, {"星", "xing"},
            {"明", "ming"}, {"晨", "chen"}, {"知", "zhi"}, {"乐", "le"}, {"远", "yuan"}, {"新", "xin"},
            {"朗", "lang"}, {"白", "bai"}, {"凌", "ling"}, {"若", "ruo"}, {"雅", "ya"}};
    private static final String[][] SECOND = {{"鲸", "jing"}, {"帆", "fan"}, {"途", "tu"}, {"石", "shi"},
            {"川", "chuan"}, {"木", "mu"}, {"舟", "zhou"}, {"禾", "he"}, {"峰", "feng"}, {"桥", "qiao"},
            {"溪", "xi"}, {"松", "song"}};
    static final List<String> CITIES = List.of("北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州");
    /** Trade words the company-name normaliser strips after a brand (科技, 信息技术 …). */
    static final List<String> TRADES = List.of("科技", "网络科技", "信息技术", "软件", "数字科技");

    private final List<Brand> order;
    private int next;

    Brands(Random rnd) {
        List<Brand> all = new ArrayList<>();
        Set<String> pinyin = new HashSet<>();
        for (String[] a : FIRST) {
            for (String[] b : SECOND) {
                Brand brand = new Brand(a[0] + b[0], a[1] + b[1]);
                if (!pinyin.add(brand.pinyin())) {
                    throw new IllegalStateException("two brands spell " + brand.pinyin());
                }
                all.add(brand);
            }
        }
        Collections.shuffle(all, rnd);
        this.order = List.copyOf(all);
    }

    /** The next unused brand. */
    Brand take() {
        if (next == order.size()) {
            throw new IllegalStateException("only " + order.size() + " demo brands");
        }
        return order.get(next++);
    }

    /** A company name for the brand: {@code 北京青鲸科技有限公司} or {@code 青鲸科技（北京）有限公司}. */
    static String company(Brand brand, Random rnd) {
        String city = CITIES.get(rnd.nextInt(CITIES.size()));
        String trade = TRADES.get(rnd.nextInt(TRADES.size()));
        return rnd.nextBoolean() ? city + brand.hanzi() + trade + "有限公司"
                : brand.hanzi() + trade + "（" + city + "）有限公司";
    }

    /** The company name with the brand first, so that the brand alone is what the normaliser keeps. */
    static String brandFirstCompany(Brand brand, String city, String trade) {
        return brand.hanzi() + trade + "（" + city + "）有限公司";
    }
}
