package io.appaudit.crawler.cli;

import io.appaudit.stores.StoreId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the app key out of a store URL a user pasted: a detail page, an API call or the user-facing page. */
final class ListingUrls {

    private static final List<Pattern> TENCENT = List.of(Pattern.compile("/appdetail/([A-Za-z0-9_.]+)"),
            Pattern.compile("[?&]pkgname=([A-Za-z0-9_.]+)"));
    private static final List<Pattern> XIAOMI = List.of(Pattern.compile("details\\?id=([A-Za-z0-9_.]+)"));
    private static final List<Pattern> HUAWEI = List.of(Pattern.compile("app\\|(C\\d+)"), Pattern.compile("/app/(C\\d+)"));
    private static final List<Pattern> VIVO = List.of(Pattern.compile("/detail/(\\d+)"), Pattern.compile("appId=(\\d+)"));
    private static final List<Pattern> OPPO = List.of(Pattern.compile("/detail/v\\d+/(\\d+)"), Pattern.compile("app_id=(\\d+)"));

    /** Keys that name the page's own app in each store's replies, first occurrence wins. */
    private static final List<Pattern> SNIFF_TENCENT = List.of(Pattern.compile("\"pkg_name\"\\s*:\\s*\"([A-Za-z0-9_.]+)\""),
            Pattern.compile("\"pkgName\"\\s*:\\s*\"([A-Za-z0-9_.]+)\""));
    private static final List<Pattern> SNIFF_XIAOMI = List.of(Pattern.compile("details\\?id=([A-Za-z0-9_.]+)"),
            Pattern.compile("\"packageName\"\\s*:\\s*\"([A-Za-z0-9_.]+)\""));
    private static final List<Pattern> SNIFF_HUAWEI = List.of(Pattern.compile("\"appid\"\\s*:\\s*\"(C\\d+)\""),
            Pattern.compile("(C\\d{3,})"));
    private static final List<Pattern> SNIFF_VIVO = List.of(Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)"));
    private static final List<Pattern> SNIFF_OPPO = List.of(Pattern.compile("app_id=(\\d+)"),
            Pattern.compile("\"appId\"\\s*:\\s*\"?(\\d+)"));

    private ListingUrls() {
    }

    /** The first app key found in a saved response, for when the user named none. */
    static Optional<String> sniff(StoreId store, String text) {
        List<Pattern> patterns = switch (store) {
            case TENCENT -> SNIFF_TENCENT;
            case XIAOMI -> SNIFF_XIAOMI;
            case HUAWEI -> SNIFF_HUAWEI;
            case VIVO -> SNIFF_VIVO;
            case OPPO -> SNIFF_OPPO;
        };
        return first(patterns, text);
    }

    /** A key of the right shape for the store when the file names no app at all (a not-found reply). */
    static String placeholder(StoreId store) {
        return switch (store) {
            case TENCENT, XIAOMI -> "unknown.app";
            case HUAWEI -> "C0";
            case VIVO, OPPO -> "1";
        };
    }

    private static Optional<String> first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    static Optional<String> appId(StoreId store, String url) {
        String u = URLDecoder.decode(url, StandardCharsets.UTF_8);
        List<Pattern> patterns = switch (store) {
            case TENCENT -> TENCENT;
            case XIAOMI -> XIAOMI;
            case HUAWEI -> HUAWEI;
            case VIVO -> VIVO;
            case OPPO -> OPPO;
        };
        return first(patterns, u);
    }
}
