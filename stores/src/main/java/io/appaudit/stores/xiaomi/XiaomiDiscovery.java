package io.appaudit.stores.xiaomi;

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
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PackageName;
import io.appaudit.stores.kit.QueryParams;
import io.appaudit.stores.kit.StoreDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue walk: category lists ({@code categotyAllListApi}, the store's spelling), keyword searches
 * ({@code m.app.mi.com/searchapi}), and the MIUI client API's {@code datas} lists when such a reply is handed in.
 */
final class XiaomiDiscovery {

    /** The category ids public crawlers walk on app.mi.com. */
    static final int FIRST_CATEGORY = 1;
    static final int LAST_CATEGORY = 29;

    /** Web list replies ({@code categotyAllListApi}, {@code searchapi}). */
    static final String ITEMS = "data";
    /** MIUI client API list replies. */
    static final String CLIENT_ITEMS = "datas";
    static final String PACKAGE = "packageName";
    static final String NAME = "displayName";
    /** List facts, where an item carries them: category lists only the category, search and client lists more. */
    static final String CATEGORY = "level1CategoryName";
    static final String DEVELOPER = "publisherName";
    static final String VERSION_NAME = "versionName";
    static final String UPDATE_TIME_MS = "updateTime";
    static final String SIZE_BYTES = "apkSize";
    static final String HAS_NEXT = "hasNext";
    static final String HAS_MORE = "hasMore";
    static final String COUNT = "count";

    /** The page parameter of a list URL: {@code page} (category, client API) or {@code pageIndex} (search). */
    private static final Pattern PAGE_PARAM = Pattern.compile("([?&](?:page|pageIndex)=)(\\d{1,6})(?=&|$)");

    List<StoreRequest> seeds(DiscoveryOptions options) {
        List<StoreRequest> seeds = new ArrayList<>();
        List<String> categories = options.categories();
        if (categories.isEmpty()) {
            for (int c = FIRST_CATEGORY; c <= LAST_CATEGORY; c++) {
                seeds.add(request(XiaomiUrls.categoryUrl(Integer.toString(c), options.pageSize())));
            }
        } else {
            categories.forEach(c -> seeds.add(request(XiaomiUrls.categoryUrl(c, options.pageSize()))));
        }
        options.keywords().forEach(k -> seeds.add(request(XiaomiUrls.searchUrl(k, options.pageSize()))));
        return seeds;
    }

    DiscoveryResult parse(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        String url = request.url();
        Optional<ParseProblem> status = Replies.statusProblem(response, url, url);
        if (status.isPresent()) {
            return DiscoveryResult.failed(status.get());
        }
        Optional<JsonNode> parsed = JsonTree.parse(response.body());
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            String text = response.text();
            ParseProblem.Kind kind = parsed.isEmpty() && Replies.looksBlocked(text) ? ParseProblem.Kind.BLOCKED
                    : ParseProblem.Kind.UNEXPECTED_FORMAT;
            return DiscoveryResult.failed(problem(url, kind, List.of(), "not a JSON object: the list reply was "
                    + (Replies.looksLikeJson(text) ? "other JSON" : "HTML or text")));
        }
        JsonNode root = parsed.get();
        String itemsPath = root.path(ITEMS).isArray() ? ITEMS : root.path(CLIENT_ITEMS).isArray() ? CLIENT_ITEMS : null;
        if (itemsPath == null) {
            return DiscoveryResult.failed(problem(url, ParseProblem.Kind.DRIFT, List.of(ITEMS),
                    "list reply without a '" + ITEMS + "' (or '" + CLIENT_ITEMS + "') array"));
        }
        List<JsonNode> items = JsonTree.array(root, itemsPath);
        Map<String, AppRef> refs = new LinkedHashMap<>();
        String via = via(url);
        for (JsonNode item : items) {
            JsonTree.text(item, PACKAGE).filter(PackageName::isValid).ifPresent(pkg -> refs.putIfAbsent(pkg,
                    AppRef.of(StoreId.XIAOMI, pkg, pkg, JsonTree.text(item, NAME).orElse(null), via)
                            .withItem(listItem(item))));
        }
        if (!items.isEmpty() && refs.isEmpty()) {
            return DiscoveryResult.failed(problem(url, ParseProblem.Kind.DRIFT,
                    List.of(itemsPath + "[]." + PACKAGE), "list items without a package name"));
        }
        Optional<StoreRequest> next = refs.isEmpty() ? Optional.empty() : nextPage(request, root);
        OptionalLong total = JsonTree.number(root, COUNT).filter(n -> n >= 0)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        return DiscoveryResult.page(channel(url), List.copyOf(refs.values()), next, total);
    }

    /**
     * What a list item says beyond package and name, by field name: {@code level1CategoryName} (the category lists
     * carry only this), and where a search or client-API item has them {@code publisherName}, {@code versionName},
     * {@code updateTime} (epoch ms) and {@code apkSize} (bytes).
     */
    static ListItem listItem(JsonNode item) {
        return ListItem.builder()
                .category(JsonTree.text(item, CATEGORY).orElse(null))
                .developer(JsonTree.text(item, DEVELOPER).orElse(null))
                .versionName(JsonTree.text(item, VERSION_NAME).orElse(null))
                .updatedAt(JsonTree.number(item, UPDATE_TIME_MS).filter(ms -> ms > 0).flatMap(StoreDates::epochMillis)
                        .orElse(null))
                .sizeBytes(JsonTree.number(item, SIZE_BYTES).orElse(null))
                .build();
    }

    /**
     * The next page while the store says there is more ({@code hasNext}, {@code hasMore}); a reply without either
     * flag is one page. Whether the next page is worth fetching is the crawler's decision.
     */
    private static Optional<StoreRequest> nextPage(StoreRequest request, JsonNode root) {
        Matcher m = PAGE_PARAM.matcher(request.url());
        if (!m.find()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(m.group(2));
        boolean more = flag(root, HAS_NEXT) || flag(root, HAS_MORE);
        if (!more || page >= 999_999) {
            return Optional.empty();
        }
        String url = request.url().substring(0, m.start(2)) + (page + 1) + request.url().substring(m.end(2));
        return Optional.of(new StoreRequest(request.store(), request.purpose(), request.method(), url,
                request.headers(), request.body()));
    }

    private static boolean flag(JsonNode root, String name) {
        JsonNode n = root.path(name);
        return n.isBoolean() ? n.booleanValue() : "true".equalsIgnoreCase(n.asText(""));
    }

    /** The list a page belongs to. */
    private static DiscoveryChannel channel(String url) {
        if (url.startsWith(XiaomiUrls.CATEGORY_LIST_URL)) {
            return DiscoveryChannel.category(param(url, "categoryId"));
        }
        if (url.startsWith(XiaomiUrls.SEARCH_URL)) {
            return DiscoveryChannel.search(param(url, "keywords"));
        }
        return DiscoveryChannel.category(PAGE_PARAM.matcher(url).replaceFirst("$1*"));
    }

    /** Where a reference came from, for the crawl log: {@code category:7}, {@code search:微信}. */
    private static String via(String url) {
        if (url.startsWith(XiaomiUrls.CATEGORY_LIST_URL)) {
            return "category:" + param(url, "categoryId");
        }
        if (url.startsWith(XiaomiUrls.SEARCH_URL)) {
            return "search:" + param(url, "keywords");
        }
        return "list:" + url;
    }

    /** A decoded query parameter of our own list URL; "" when it is absent or the URL does not read. */
    private static String param(String url, String name) {
        return QueryParams.of(url).getOrDefault(name, "");
    }

    private static StoreRequest request(String url) {
        return StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.DISCOVERY, url, XiaomiUrls.HEADERS);
    }

    private static ParseProblem problem(String url, ParseProblem.Kind kind, List<String> missing, String message) {
        return new ParseProblem(StoreId.XIAOMI, url, url, kind, missing, message);
    }
}
