package io.appaudit.stores.oppo;

import io.appaudit.stores.kit.QueryParams;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OPPO's canonical hosts and paths, and the small URL arithmetic paging needs. */
final class OppoUrls {

    /** Unsigned H5 host: feeds and the official landing page. */
    static final String H5_HOST = "https://app.cdo.oppomobile.com";
    /** Signed client API host (China). */
    static final String API_HOST = "https://api-cn.store.heytapmobi.com";

    static final String H5_STORE_INDEX = "/home/store/index.json";
    static final String H5_STORE_REQUIRED = "/home/store/required.json";
    static final String H5_GAME_INDEX = "/home/game/index.json";
    static final List<String> H5_FEEDS = List.of(H5_STORE_INDEX, H5_STORE_REQUIRED, H5_GAME_INDEX);
    /** Every H5 path starts here; nothing under it is signed. */
    static final String H5_PREFIX = "/home/";
    static final String LANDING = "/home/detail";

    static final String DETAIL_V4 = "/detail/v4/";
    /** The sections public crawlers ask the v4 detail for. */
    static final String DETAIL_QUERY = "query=1,4,7&source=1";
    static final String CATEGORIES = "/card/store/v4/cat/app";
    static final String CATEGORY_RESOURCES = "/card/store/v3/cat/resources/alg/1";
    static final String SEARCH = "/search/v1/search";
    /** The app and the public crawlers page the signed lists ten at a time. */
    static final int API_PAGE_SIZE = 10;

    static final String START = "start";
    static final String SIZE = "size";
    private static final Pattern START_PARAM = Pattern.compile("([?&])start=[^&#]*");

    private OppoUrls() {
    }

    static String landing(String appId) {
        return H5_HOST + LANDING + "?app_id=" + QueryParams.encode(appId);
    }

    static String detail(String appId) {
        return API_HOST + DETAIL_V4 + QueryParams.encode(appId) + "?" + DETAIL_QUERY;
    }

    static String feed(String path, int start, int size) {
        return H5_HOST + path + "?start=" + start + "&size=" + size;
    }

    static String categories() {
        return API_HOST + CATEGORIES + "?size=" + API_PAGE_SIZE + "&start=0";
    }

    static String categoryPage(String cid, String subId, int start) {
        return API_HOST + CATEGORY_RESOURCES + "?cid=" + QueryParams.encode(cid) + "&subId=" + QueryParams.encode(subId)
                + "&cType=1&size=" + API_PAGE_SIZE + "&start=" + start;
    }

    static String search(String keyword, int start) {
        return API_HOST + SEARCH + "?keyword=" + QueryParams.encode(keyword) + "&start=" + start
                + "&size=" + API_PAGE_SIZE;
    }

    /** True when the URL's path is the v4 detail's; without the path's text or an escape in it, it cannot be. */
    static boolean isDetailV4(String url) {
        return (url.contains(DETAIL_V4) || url.indexOf('%') >= 0) && path(url).startsWith(DETAIL_V4);
    }

    /** The URL's path, or empty when the URL does not parse. */
    static String path(String url) {
        try {
            String p = URI.create(url).getPath();
            return p == null ? "" : p;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Decoded query parameters, first value per name; empty when the URL does not parse. */
    static Map<String, String> params(String url) {
        return QueryParams.of(url);
    }

    /** The same URL with {@code start} set (and no fragment). */
    static String nextPage(String url, int start) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        Matcher m = START_PARAM.matcher(base);
        String replaced = m.find() ? m.replaceFirst("$1" + START + "=" + start)
                : base + (base.contains("?") ? "&" : "?") + START + "=" + start;
        return replaced;
    }
}
