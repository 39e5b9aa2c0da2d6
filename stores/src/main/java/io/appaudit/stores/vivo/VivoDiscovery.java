package io.appaudit.stores.vivo;

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
import io.appaudit.stores.kit.QueryParams;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads one page of the H5 keyword search into app references and the request for the next page. */
final class VivoDiscovery {

    static final String RESPONSE = "data.appSearchResponse";
    static final String VALUE = "value";
    /** Featured cards above the results; their apps are app references too. */
    static final String FOCUS = "focus";
    static final String FOCUS_APPS = "apps";
    static final String RESULT = "result";
    static final String MAX_PAGE = "maxPage";
    static final String TOTAL_COUNT = "totalCount";
    static final String ITEM_ID = "id";
    static final String ITEM_PACKAGE = "package_name";
    static final String ITEM_NAME = "title_zh";

    private final VivoUrls urls;

    VivoDiscovery(VivoUrls urls) {
        this.urls = urls;
    }

    DiscoveryResult read(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        Map<String, String> query = QueryParams.of(request.url());
        String keyword = Text.present(query.get(VivoUrls.KEY_PARAM)).orElse("");
        int page = QueryParams.wholeNumber(query, VivoUrls.PAGE_PARAM).filter(n -> n > 0).orElse(1);
        int pageSize = QueryParams.wholeNumber(query, VivoUrls.PAGE_SIZE_PARAM).filter(n -> n > 0)
                .orElse(options.pageSize());
        String subject = "search:" + keyword + "#" + page;
        String sourceUrl = Text.present(response.url()).orElse(request.url());

        VivoReplies.Reply reply = VivoReplies.read(response);
        if (reply instanceof VivoReplies.Unreadable u) {
            return failed(subject, sourceUrl, u.kind(), List.of(), u.message());
        }
        JsonNode root = ((VivoReplies.JsonObject) reply).root();
        Optional<JsonNode> found = JsonTree.at(root, RESPONSE).filter(JsonNode::isObject);
        if (found.isEmpty()) {
            Optional<String> blocked = VivoReplies.blockedMessage(root);
            if (blocked.isPresent()) {
                return failed(subject, sourceUrl, ParseProblem.Kind.BLOCKED, List.of(), "The store refuses: " + blocked.get());
            }
            return VivoReplies.errorEnvelope(root)
                    .map(e -> failed(subject, sourceUrl, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), e))
                    .orElseGet(() -> failed(subject, sourceUrl, ParseProblem.Kind.DRIFT, List.of(RESPONSE),
                            "The search reply has no result object"));
        }
        JsonNode results = found.get();
        Optional<JsonNode> value = JsonTree.at(results, VALUE);
        boolean noResults = JsonTree.at(results, RESULT).filter(JsonNode::isBoolean).map(n -> !n.asBoolean())
                .orElse(false);
        if (value.isEmpty() && noResults) {
            return DiscoveryResult.page(DiscoveryChannel.search(keyword), List.of(), Optional.empty());
        }
        if (value.isEmpty() || !value.get().isArray()) {
            return failed(subject, sourceUrl, ParseProblem.Kind.DRIFT, List.of(RESPONSE + "." + VALUE),
                    "The search reply has no result list");
        }
        Map<String, AppRef> apps = new LinkedHashMap<>();
        value.get().forEach(item -> ref(item, keyword).ifPresent(r -> apps.putIfAbsent(r.storeAppId(), r)));
        if (!value.get().isEmpty() && apps.isEmpty()) {
            return failed(subject, sourceUrl, ParseProblem.Kind.DRIFT, List.of(RESPONSE + "." + VALUE + "[]." + ITEM_ID),
                    "No search result carries an app id");
        }
        for (JsonNode card : JsonTree.array(results, FOCUS)) {
            JsonTree.array(card, FOCUS_APPS).forEach(item ->
                    ref(item, keyword).ifPresent(r -> apps.putIfAbsent(r.storeAppId(), r)));
        }

        OptionalLong total = JsonTree.number(results, TOTAL_COUNT).filter(n -> n >= 0)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
        long maxPage = JsonTree.number(results, MAX_PAGE).orElseGet(() ->
                total.isPresent() ? (total.getAsLong() + pageSize - 1) / pageSize : 0L);
        Optional<StoreRequest> next = Optional.empty();
        if (!keyword.isEmpty() && !apps.isEmpty() && page < maxPage) {
            next = Optional.of(urls.search(keyword, page + 1, pageSize));
        }
        return DiscoveryResult.page(DiscoveryChannel.search(keyword), List.copyOf(apps.values()), next, total);
    }

    /** A reference keyed by the numeric vivo id; items without one (ad cards, headings) are skipped. */
    private static Optional<AppRef> ref(JsonNode item, String keyword) {
        return JsonTree.text(item, ITEM_ID)
                .filter(id -> id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9'))
                .map(id -> AppRef.of(StoreId.VIVO, id, JsonTree.text(item, ITEM_PACKAGE).orElse(null),
                        JsonTree.text(item, ITEM_NAME).orElse(null), "search:" + keyword).withItem(listItem(item)));
    }

    /**
     * What a search result says beyond id, package and name, read by the detail reply's field names and the same way
     * ({@code version_name}, {@code download_count}, {@code score} 0–5, {@code developer}, a category name,
     * {@code upload_time} China time, {@code size} in KiB): results carry most of them, a missing one is unknown.
     */
    static ListItem listItem(JsonNode item) {
        return ListItem.builder()
                .versionName(JsonTree.text(item, VivoListingReader.VERSION_NAME).orElse(null))
                .downloads(JsonTree.number(item, VivoListingReader.DOWNLOAD_COUNT).orElse(null))
                .rating(JsonTree.decimal(item, VivoListingReader.SCORE).orElse(null))
                .developer(JsonTree.text(item, VivoListingReader.DEVELOPER).orElse(null))
                .category(VivoListingReader.categoryName(item).orElse(null))
                .updatedAt(JsonTree.text(item, VivoListingReader.UPLOAD_TIME).flatMap(StoreDates::text).orElse(null))
                .sizeBytes(JsonTree.number(item, VivoListingReader.SIZE_KIB).flatMap(StoreSizes::kibibytes).orElse(null))
                .build();
    }

    private static DiscoveryResult failed(String subject, String sourceUrl, ParseProblem.Kind kind, List<String> missing,
                                          String message) {
        return DiscoveryResult.failed(new ParseProblem(StoreId.VIVO, subject, sourceUrl, kind, missing, message));
    }
}
