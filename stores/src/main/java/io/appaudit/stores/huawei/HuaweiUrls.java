package io.appaudit.stores.huawei;

import io.appaudit.stores.kit.QueryParams;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The AppGallery web gateway's canonical URLs, and the few ids they are built from. */
final class HuaweiUrls {

    static final String WEB_ORIGIN = "https://appgallery.huawei.com";
    static final String TOKEN_URL = "https://web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode";
    static final String GATEWAY_URL = "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index";
    static final String APK_URL = "https://appgallery.cloud.huawei.com/appdl/";

    /** Every public crawler asks for 25 items a page; larger pages are not known to work. */
    static final int MAX_RESULTS = 25;

    static final String APP_URI_PREFIX = "app|";
    static final String SEARCH_URI_PREFIX = "searchApp|";

    /** Huawei keys apps by {@code C} and digits. */
    static final Pattern APP_ID = Pattern.compile("C[0-9]{1,18}");

    private HuaweiUrls() {
    }

    /** {@code APP_ID.matcher(s).matches()} without a matcher: read for every app a reply lists. */
    static boolean isAppId(String s) {
        if (s.length() < 2 || s.length() > 19 || s.charAt(0) != 'C') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The detail reply of one app: {@code uri=app|C<id>}. */
    static String detail(String appId) {
        return list(APP_URI_PREFIX + appId, 1, MAX_RESULTS);
    }

    /** One page of the list named by {@code uri} (a tab id, {@code searchApp|<keyword>} or {@code app|C<id>}). */
    static String list(String uri, int page, int maxResults) {
        return GATEWAY_URL + "?method=internal.getTabDetail&serviceType=20&reqPageNum=" + page
                + "&uri=" + QueryParams.encode(uri) + "&maxResults=" + maxResults + "&zone=&locale=zh";
    }

    static String apk(String appId) {
        return APK_URL + appId;
    }

    /** A {@code C<digits>} app id from what a user or a reference gives: {@code C5683}, {@code c5683}, {@code 5683}. */
    static Optional<String> appId(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String s = given.strip().toUpperCase(Locale.ROOT);
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            s = "C" + s;
        }
        return APP_ID.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** The decoded query parameters of a URL; empty when it cannot be read. */
    static Map<String, String> query(String url) {
        return QueryParams.of(url);
    }
}
