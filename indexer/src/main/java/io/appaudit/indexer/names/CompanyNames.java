package io.appaudit.indexer.names;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Company names compared the way AUDIT-RULES.md says: full-width and half-width brackets and spaces made equal,
 * surrounding whitespace dropped, the legal-form suffix split off. The brand ("Brands" in AUDIT-RULES.md) is what is
 * left once the legal form, a leading place (深圳市, 厦门…), any bracketed part and the trailing industry words are
 * removed: 腾讯科技（深圳）有限公司 and 深圳市腾讯计算机系统有限公司 are both 腾讯.
 */
public final class CompanyNames {

    /** Longest first, so 股份有限公司 is split off before 有限公司. */
    private static final List<String> LEGAL_FORMS = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "责任公司", "集团公司", "公司", "集团",
            "co., ltd.", "co.,ltd.", "co. ltd.", "co ltd", "company limited", "limited", "ltd.", "ltd", "inc.", "inc",
            "corporation", "corp.", "corp", "llc", "gmbh", "pte. ltd.", "pte ltd", "s.a.", "b.v.");
    /** Trade words that follow a brand in Chinese company names and say nothing about the group; longest first. */
    private static final List<String> TRADE_WORDS = Stream.of(
            "数字服务技术", "数字服务", "数字技术", "信息技术", "网络技术", "网络科技", "计算机系统", "计算机技术", "软件技术", "数字科技", "智能科技", "信息科技",
            "互联网", "移动通信", "通信技术", "电子商务", "文化传媒", "文化传播", "网络", "科技", "技术", "软件", "信息",
            "传媒", "数码", "电子", "控股", "互动娱乐", "娱乐", "游戏", "终端", "移动", "服务", "发展", "贸易", "实业",
            "technology", "technologies", "software", "network", "networks", "information", "mobile", "digital",
            "interactive", "entertainment", "holdings", "holding", "group", "games", "studio", "studios")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Spaces that separate nothing: around brackets, and between two Chinese characters. */
    private static final Pattern IDLE_SPACES = Pattern.compile(" ?([()]) ?|(?<=\\p{IsHan}) (?=\\p{IsHan})");
    /** Placeholders stores show instead of a developer (D4). */
    private static final List<String> PLACEHOLDERS = List.of(
            "空", "无", "未知", "暂无", "未填写", "个人开发者", "个人", "开发者", "unknown", "none", "null", "n/a", "na",
            "-", "--", "—", "test", "测试", "developer");

    private CompanyNames() {
    }

    /**
     * Brackets, spaces and letter case made uniform (NFKC turns full-width forms half-width); spaces around
     * brackets and between Chinese characters are dropped, as they separate nothing.
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
                .replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')');
        String spaced = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return IDLE_SPACES.matcher(spaced).replaceAll("$1");
    }

    /** The name without its legal form: 腾讯科技(深圳). */
    public static String core(String name) {
        String s = normalize(name);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String form : LEGAL_FORMS) {
                if (s.endsWith(form) && s.length() > form.length()) {
                    s = s.substring(0, s.length() - form.length()).replaceAll("[\\s,.]+$", "");
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The brand: the core without a leading place, bracketed parts and trailing trade words: 腾讯. */
    public static String brand(String name) {
        String s = Places.dropLeading(BRACKETED.matcher(core(name)).replaceAll("").trim());
        String before;
        do {
            before = s;
            for (String w : TRADE_WORDS) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length()).trim();
                }
            }
        } while (!s.equals(before));
        return s;
    }

    /** True when the name is missing in substance: blank or a placeholder such as 未知 or 个人开发者 alone. */
    public static boolean isPlaceholder(String name) {
        if (name == null) {
            return true;
        }
        String n = normalize(name).replaceAll("[\\s:：()]", "");
        return n.isEmpty() || PLACEHOLDERS.contains(n);
    }

    /** Brand of a present name, for indexing; empty for placeholders. */
    public static Optional<String> brandOf(Optional<String> name) {
        return name.filter(n -> !isPlaceholder(n)).map(CompanyNames::brand).filter(b -> !b.isEmpty());
    }
}
