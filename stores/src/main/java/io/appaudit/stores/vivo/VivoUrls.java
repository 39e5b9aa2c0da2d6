package io.appaudit.stores.vivo;

import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.kit.QueryParams;
import java.util.Map;
import java.util.Optional;

/** The canonical vivo H5 API URLs the adapter asks for, and the parameters read back from them. */
final class VivoUrls {

    static final String API_HOST = "https://h5-api.appstore.vivo.com.cn";
    /** Detail by numeric id; {@code frompage=messageh5&app_version=2100} as every public client sends them. */
    static final String DETAIL_PATH = "/detail/";
    static final String DETAIL_QUERY = "?frompage=messageh5&app_version=2100";
    /** The detail endpoint's second form (README, "vivo"), used by id sweeps. */
    static final String DETAIL_INFO_PATH = "/detailInfo?appId=";
    static final String SEARCH_PATH = "/h5appstore/search/result-list";
    /** {@code target=local&cfrom=2}: the local (vivo-hosted) results, as the H5 store page asks for them. */
    static final String SEARCH_QUERY = "?app_version=2100&page_index=%d&apps_per_page=%d&target=local&cfrom=2&key=%s";
    static final String PAGE_PARAM = "page_index";
    static final String PAGE_SIZE_PARAM = "apps_per_page";
    static final String KEY_PARAM = "key";
    static final String ACCEPT = "application/json, text/plain, */*";

    /** Only {@code Accept}: the User-Agent is set by the crawler for every store ({@code stores.vivo.user-agent}). */
    private static final Map<String, String> HEADERS = Map.of("Accept", ACCEPT);

    /** The detail URL for a numeric vivo app id. */
    static String detailUrl(String appId) {
        return API_HOST + DETAIL_PATH + appId + DETAIL_QUERY;
    }

    StoreRequest detail(String appId) {
        return StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.LISTING, detailUrl(appId), HEADERS);
    }

    /**
     * The detail reply of one id asked by an id sweep: a discovery page (an id without an app is no finding). It asks
     * {@code detailInfo?appId=<id>}, the detail endpoint's second form, which answers the same flat JSON: the sweep's
     * request stays distinct from the listing request of an app it finds, which the crawl fetches and records as
     * every listing.
     */
    StoreRequest sweep(long appId) {
        return StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.DISCOVERY,
                API_HOST + DETAIL_INFO_PATH + appId, HEADERS);
    }

    /** The numeric id a sweep request asks; empty for any other URL. */
    static Optional<Long> sweptId(String url) {
        String prefix = API_HOST + DETAIL_INFO_PATH;
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = url.substring(prefix.length());
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    StoreRequest search(String keyword, int page, int pageSize) {
        String url = API_HOST + SEARCH_PATH + String.format(SEARCH_QUERY, page, pageSize, QueryParams.encode(keyword));
        return StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.DISCOVERY, url, HEADERS);
    }
}
