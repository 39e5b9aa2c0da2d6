package io.appaudit.stores.xiaomi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The app.mi.com URLs the adapter asks for: the package-keyed details page, the category lists, the mobile search. */
final class XiaomiUrls {

    static final String WEB = "https://app.mi.com";
    /** A 2025 public crawler found a browser User-Agent plus this Referer sufficient; the crawler adds the UA. */
    static final Map<String, String> HEADERS = Map.of("Referer", "https://app.mi.com/");
    static final String DETAILS_URL = WEB + "/details?id=";
    static final String DOWNLOAD_URL = WEB + "/download/";
    /** The store's own spelling ("categoty"). */
    static final String CATEGORY_LIST_URL = WEB + "/categotyAllListApi";
    static final String SEARCH_URL = "https://m.app.mi.com/searchapi";

    private XiaomiUrls() {
    }

    static String detailsUrl(String packageName) {
        return DETAILS_URL + encode(packageName);
    }

    static String categoryUrl(String categoryId, int pageSize) {
        return CATEGORY_LIST_URL + "?page=0&categoryId=" + encode(categoryId) + "&pageSize=" + pageSize;
    }

    static String searchUrl(String keyword, int pageSize) {
        return SEARCH_URL + "?keywords=" + encode(keyword) + "&pageIndex=0&pageSize=" + pageSize;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
