package io.appaudit.stores.oppo;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ChineseCounts;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.QueryParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads OPPO's list replies: the H5 feeds ({@code {errno, data:{cards:[{apps:[…]}], isEnd}}}), and the signed
 * client API's category list, category pages and search pages ({@code {cards:[…], isEnd}} at the top).
 */
final class OppoDiscovery {

    static final String ERRNO = "errno";
    static final String DATA = "data";
    static final String CARDS = "cards";
    static final String APPS = "apps";
    /** Search cards hold one app each under {@code app}. */
    static final String APP = "app";
    static final String IS_END = "isEnd";
    static final String TOTAL = "total";
    static final String APP_ID = "appId";
    static final String APP_NAME = "appName";
    static final String PKG_NAME = "pkgName";
    static final String CATEGORY_ID = "id";
    static final String VERSION_NAME = "verName";
    static final String DOWNLOADS = "dlDesc";
    static final String RATING = "grade";
    static final String SUB_CATEGORIES = "subCategories";
    /** The public crawler pages a category without subcategories with subId 0. */
    static final String NO_SUB_CATEGORY = "0";

    private OppoDiscovery() {
    }

    static DiscoveryResult parse(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        String url = request.url();
        String path = OppoUrls.path(url);
        boolean h5 = OppoUrls.H5_FEEDS.contains(path);
        boolean list = path.equals(OppoUrls.CATEGORY_RESOURCES) || path.equals(OppoUrls.SEARCH);
        if (!h5 && !list && !path.equals(OppoUrls.CATEGORIES)) {
            return failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    "not an OPPO list request: " + path);
        }
        Replies.Outcome outcome = Replies.json(response);
        if (outcome instanceof Replies.Refused r) {
            return failed(url, r.kind(), List.of(), r.message());
        }
        JsonNode root = ((Replies.Json) outcome).root();
        Optional<Long> errno = JsonTree.number(root, ERRNO);
        if (errno.isPresent() && errno.get() != 0) {
            // errno is the feed's own status: the store answered, and said no
            return failed(url, ParseProblem.Kind.HTTP_STATUS, List.of(),
                    "OPPO feed answered errno=" + errno.get() + " (store-side error status)");
        }
        if (JsonTree.text(root, ERRNO).isPresent() && errno.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(ERRNO), "errno is not a number");
        }
        // H5 feeds wrap the page in data; the client API does not
        JsonNode body = JsonTree.at(root, DATA).filter(JsonNode::isObject).orElse(root);
        String cardsPath = (body == root ? "" : DATA + ".") + CARDS;
        if (JsonTree.at(body, CARDS).filter(JsonNode::isArray).isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(cardsPath), "no " + cardsPath + " array in the reply");
        }
        if (path.equals(OppoUrls.CATEGORIES)) {
            return categories(url, body, cardsPath);
        }
        return page(request, body, cardsPath, options);
    }

    private static DiscoveryResult categories(String url, JsonNode body, String cardsPath) {
        List<StoreRequest> next = new ArrayList<>();
        for (JsonNode card : JsonTree.array(body, CARDS)) {
            Optional<String> cid = JsonTree.text(card, CATEGORY_ID).filter(OppoDiscovery::isId);
            if (cid.isEmpty()) {
                continue;
            }
            List<String> subs = new ArrayList<>();
            for (JsonNode sub : JsonTree.array(card, SUB_CATEGORIES)) {
                JsonTree.text(sub, CATEGORY_ID).filter(OppoDiscovery::isId).ifPresent(subs::add);
            }
            if (subs.isEmpty()) {
                subs.add(NO_SUB_CATEGORY);
            }
            for (String sub : subs) {
                next.add(OppoAdapter.discovery(OppoUrls.categoryPage(cid.get(), sub, 0)));
            }
        }
        if (next.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(cardsPath + "[]." + CATEGORY_ID),
                    "the category list names no category id");
        }
        return DiscoveryResult.index(DiscoveryChannel.category(OppoUrls.path(url)), next);
    }

    private static DiscoveryResult page(StoreRequest request, JsonNode body, String cardsPath,
                                        DiscoveryOptions options) {
        String url = request.url();
        Map<String, AppRef> apps = new LinkedHashMap<>();
        int items = 0;
        String via = viaOf(url);
        for (JsonNode card : JsonTree.array(body, CARDS)) {
            List<JsonNode> found = new ArrayList<>(JsonTree.array(card, APPS));
            JsonTree.at(card, APP).filter(JsonNode::isObject).ifPresent(found::add);
            for (JsonNode item : found) {
                items++;
                Optional<String> id = JsonTree.text(item, APP_ID).filter(OppoDiscovery::isId);
                id.ifPresent(appId -> apps.putIfAbsent(appId, AppRef.of(StoreId.OPPO, appId,
                        JsonTree.text(item, PKG_NAME).orElse(null), JsonTree.text(item, APP_NAME).orElse(null), via)
                        .withItem(listItem(item))));
            }
        }
        if (items > 0 && apps.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(cardsPath + "[]." + APPS + "[]." + APP_ID),
                    items + " list items, none with an app id");
        }
        OptionalLong total = JsonTree.number(body, TOTAL).filter(n -> n >= 0)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        Optional<StoreRequest> next = Optional.empty();
        Map<String, String> query = OppoUrls.params(url);
        int size = QueryParams.wholeNumber(query, OppoUrls.SIZE).filter(n -> n > 0).orElse(options.pageSize());
        int start = QueryParams.wholeNumber(query, OppoUrls.START).orElse(0);
        // isEnd absent: the list goes on while pages bring apps; the crawler's paging policy bounds it
        if (!apps.isEmpty() && !isEnd(body) && start <= Integer.MAX_VALUE - size) {
            next = Optional.of(OppoAdapter.discovery(OppoUrls.nextPage(url, start + size)));
        }
        return DiscoveryResult.page(channel(url), List.copyOf(apps.values()), next, total);
    }

    /** What a feed item says beyond id, package and name: {@code verName}, {@code dlDesc}, {@code grade} (0–5). */
    static ListItem listItem(JsonNode item) {
        return ListItem.of(JsonTree.text(item, VERSION_NAME).orElse(null),
                JsonTree.text(item, DOWNLOADS).flatMap(ChineseCounts::parse).orElse(null),
                JsonTree.decimal(item, RATING).filter(g -> g > 0 && g <= 5).orElse(null), null, null);
    }

    /** A search is keyed by its keyword, a category page by category and subcategory, an H5 feed by its path. */
    private static DiscoveryChannel channel(String url) {
        String path = OppoUrls.path(url);
        Map<String, String> params = OppoUrls.params(url);
        if (path.equals(OppoUrls.SEARCH)) {
            return DiscoveryChannel.search(params.getOrDefault("keyword", ""));
        }
        if (path.equals(OppoUrls.CATEGORY_RESOURCES)) {
            return DiscoveryChannel.category(params.getOrDefault("cid", "") + "/" + params.getOrDefault("subId", ""));
        }
        return DiscoveryChannel.category(path);
    }

    private static boolean isEnd(JsonNode body) {
        Optional<String> v = JsonTree.text(body, IS_END);
        return v.isPresent() && (v.get().equals("true") || v.get().equals("1"));
    }

    /** Positive decimal ids only: OPPO answers {@code -404} for an app it does not have. */
    static boolean isId(String s) {
        return !s.isEmpty() && s.length() <= 18 && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && s.chars().anyMatch(c -> c != '0');
    }

    private static String viaOf(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static DiscoveryResult failed(String url, ParseProblem.Kind kind, List<String> missing, String message) {
        return DiscoveryResult.failed(new ParseProblem(StoreId.OPPO, url, url, kind, missing, message));
    }
}
