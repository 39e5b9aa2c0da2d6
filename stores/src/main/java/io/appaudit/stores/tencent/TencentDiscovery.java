package io.appaudit.stores.tencent;

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
import io.appaudit.stores.kit.Text;
import io.appaudit.stores.kit.TruncatedHtml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Catalogue walks: the yybadaccess category lists (paged POSTs) and sj.qq.com keyword searches (one page each).
 * A list ends on an empty page or an explicit end flag; whether a further page is worth fetching (a store repeating
 * itself, the page bound) is the crawler's decision: adapters keep no state between pages.
 */
final class TencentDiscovery {

    static final String SEARCH_COMPONENT = "SearchList";
    static final String LIST_COMPONENTS = "data.components";
    static final String LIST_ITEMS = LIST_COMPONENTS + "[]." + NextData.COMPONENT_ITEMS;
    /** Default lists: the templates' two category ids, all apps and all games. */
    static final List<String> DEFAULT_CATEGORIES = List.of("app:all", "game:all");
    /** End-of-list flags a reply might carry; none is documented, so they are only honoured when present. */
    static final List<String> MORE_FLAGS = List.of("hasMore", "has_more", "hasNext", "has_next");
    static final List<String> END_FLAGS = List.of("isEnd", "is_end");

    private TencentDiscovery() {
    }

    static List<StoreRequest> seeds(DiscoveryOptions options) {
        List<StoreRequest> out = new ArrayList<>();
        List<String> categories = options.categories().isEmpty() ? DEFAULT_CATEGORIES : options.categories();
        categories.forEach(c -> out.add(TencentUrls.first(c, options.pageSize())));
        options.keywords().stream().map(Text::clean).filter(k -> k != null)
                .forEach(k -> out.add(StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                        TencentUrls.searchUrl(k))));
        return out;
    }

    static DiscoveryResult parse(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        String url = request.url();
        Optional<ParseProblem.Kind> status = PageSignals.statusProblem(response.status());
        if (status.isPresent()) {
            return failed(url, status.get(), List.of(), "HTTP " + response.status());
        }
        if (url.startsWith(TencentUrls.URL)) {
            return parseList(request, response, options);
        }
        if (url.startsWith(TencentUrls.SEARCH_URL)) {
            return parseSearch(request, response);
        }
        return failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "not a Tencent discovery request");
    }

    private static DiscoveryResult parseList(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        String url = request.url();
        String text = response.text();
        Optional<JsonNode> json = JsonTree.parse(text).filter(JsonNode::isObject);
        if (json.isEmpty()) {
            return PageSignals.looksBlocked(text)
                    ? failed(url, ParseProblem.Kind.BLOCKED, List.of(), "a captcha or verification page, not JSON")
                    : failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "the list reply is not JSON");
        }
        Optional<Long> ret = JsonTree.number(json.get(), "ret");
        if (ret.isPresent() && ret.get() != 0) {
            return failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    "ret " + ret.get() + ": " + JsonTree.text(json.get(), "msg").orElse(""));
        }
        Optional<JsonNode> componentsNode = JsonTree.at(json.get(), LIST_COMPONENTS).filter(JsonNode::isArray);
        if (componentsNode.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(LIST_COMPONENTS), "the list reply lacks its components");
        }
        // Items are documented at components[0]; they are found by shape, so a banner put first does not hide them.
        List<JsonNode> items = new ArrayList<>();
        boolean anyItemArray = false;
        boolean explicitEnd = false;
        for (JsonNode c : componentsNode.get()) {
            Optional<List<JsonNode>> list = NextData.items(c);
            if (list.isPresent()) {
                anyItemArray = true;
                items.addAll(list.get());
                explicitEnd |= saysEnd(c.path("data"));
            }
        }
        if (!anyItemArray) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(LIST_ITEMS), "no component of the reply lists apps");
        }
        explicitEnd |= saysEnd(json.get().path("data"));
        String via = "tencent:" + TencentUrls.listName(request);
        List<AppRef> apps = refs(items, via);
        if (!items.isEmpty() && apps.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(LIST_ITEMS + "[]." + NextData.PACKAGE),
                    "the listed apps carry no package names");
        }
        return DiscoveryResult.page(DiscoveryChannel.category(TencentUrls.listName(request)), apps,
                next(request, apps, explicitEnd));
    }

    private static Optional<StoreRequest> next(StoreRequest request, List<AppRef> apps, boolean explicitEnd) {
        Optional<Long> page = TencentUrls.page(request);
        if (apps.isEmpty() || explicitEnd || page.isEmpty() || page.get() >= Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return TencentUrls.forPage(request, page.get() + 1);
    }

    private static DiscoveryResult parseSearch(StoreRequest request, StoreResponse response) {
        String url = request.url();
        String text = response.text();
        Optional<String> cut = TruncatedHtml.reason(text, "the search page");
        if (cut.isPresent()) {
            return failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of("</html>"), cut.get());
        }
        Document doc = Jsoup.parse(text, url);
        NextData.Script script = NextData.of(doc);
        if (!(script instanceof NextData.Script.Read read)) {
            return PageSignals.looksBlocked(text)
                    ? failed(url, ParseProblem.Kind.BLOCKED, List.of(NextData.SCRIPT_ID), "a captcha or verification page")
                    : failed(url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(NextData.SCRIPT_ID),
                    "the search page has no readable " + NextData.SCRIPT_ID);
        }
        Optional<List<JsonNode>> components = NextData.components(read.json());
        if (components.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(NextData.COMPONENTS), "the search page lacks components");
        }
        String listPath = NextData.COMPONENTS + "[" + NextData.COMPONENT_NAME + "=" + SEARCH_COMPONENT + "]."
                + NextData.COMPONENT_ITEMS;
        Optional<List<JsonNode>> items = NextData.component(components.get(), SEARCH_COMPONENT)
                .flatMap(NextData::items);
        if (items.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(listPath), "the search page lacks " + SEARCH_COMPONENT);
        }
        List<AppRef> apps = refs(items.get(), "tencent:search:" + keyword(url));
        if (!items.get().isEmpty() && apps.isEmpty()) {
            return failed(url, ParseProblem.Kind.DRIFT, List.of(listPath + "[]." + NextData.PACKAGE),
                    "the search results carry no package names");
        }
        return DiscoveryResult.page(DiscoveryChannel.search(keyword(url)), apps, Optional.empty());
    }

    private static List<AppRef> refs(List<JsonNode> items, String via) {
        Map<String, AppRef> out = new LinkedHashMap<>();
        for (JsonNode item : items) {
            JsonTree.text(item, NextData.PACKAGE).filter(PackageName::isValid).ifPresent(pkg ->
                    out.putIfAbsent(pkg, AppRef.of(StoreId.TENCENT, pkg, pkg,
                            JsonTree.text(item, DetailPage.NAME).orElse(null), via).withItem(listItem(item))));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * What a list or search item says beyond package and name: the detail page's snake_case fields, read by name
     * and the same way ({@code version_name}, {@code download_num}, {@code average_rating} 0–5, {@code developer}, a
     * category or the first tag, {@code update_time} epoch seconds, {@code apk_size} bytes sent as a string).
     */
    static ListItem listItem(JsonNode item) {
        ItemFields f = new ItemFields(item);
        return ListItem.builder()
                .versionName(f.text(TencentListingReader.VERSION_NAME).orElse(null))
                .downloads(f.count(TencentListingReader.DOWNLOADS).orElse(null))
                .rating(f.rating(TencentListingReader.RATING).orElse(null))
                .developer(f.text(TencentListingReader.DEVELOPER).orElse(null))
                .category(f.text(TencentListingReader.CATEGORY_KEYS.toArray(String[]::new))
                        .or(() -> TencentListingReader.tags(f).stream().findFirst()).orElse(null))
                .updatedAt(f.date(TencentListingReader.UPDATE_TIME).orElse(null))
                .sizeBytes(f.bytes(TencentListingReader.APK_SIZE).orElse(null))
                .build();
    }

    private static boolean saysEnd(JsonNode data) {
        for (String k : MORE_FLAGS) {
            JsonNode v = data.path(k);
            if ((v.isBoolean() && !v.asBoolean()) || (v.isIntegralNumber() && v.asLong() == 0)) {
                return true;
            }
        }
        for (String k : END_FLAGS) {
            JsonNode v = data.path(k);
            if ((v.isBoolean() && v.asBoolean()) || (v.isIntegralNumber() && v.asLong() == 1)) {
                return true;
            }
        }
        return false;
    }

    /** The keyword of our own search URL; "" when it is absent or the URL does not read. */
    private static String keyword(String url) {
        return QueryParams.of(url).getOrDefault(TencentUrls.SEARCH_PARAM, "");
    }

    private static DiscoveryResult failed(String url, ParseProblem.Kind kind, List<String> missing, String message) {
        return DiscoveryResult.failed(new ParseProblem(StoreId.TENCENT, url, url, kind, missing, message));
    }
}
