package io.appaudit.stores.huawei;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.QueryParams;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's list replies (a tab, {@code searchApp|<keyword>}, or an app's related apps) read into app references
 * and the request for the next page.
 */
final class HuaweiDiscovery {

    static final String URI_PARAM = "uri";
    static final String PAGE_PARAM = "reqPageNum";
    static final String MAX_RESULTS_PARAM = "maxResults";
    /** A bound on page numbers read back from request URLs, far above any page bound. */
    private static final int MAX_PAGE = 1_000_000;

    private HuaweiDiscovery() {
    }

    /** Page 1 of each tab list the options name and of each keyword search (the options', else the defaults). */
    static List<StoreRequest> seeds(DiscoveryOptions options) {
        int size = Math.min(options.pageSize(), HuaweiUrls.MAX_RESULTS);
        List<String> tabs = options.categories();
        List<String> keywords = options.keywords().isEmpty() ? HuaweiAdapter.DEFAULT_KEYWORDS : options.keywords();
        Set<StoreRequest> seeds = new LinkedHashSet<>();
        tabs.stream().map(String::strip).filter(t -> !t.isEmpty())
                .forEach(t -> seeds.add(discovery(HuaweiUrls.list(t, 1, size))));
        keywords.stream().map(String::strip).filter(k -> !k.isEmpty())
                .forEach(k -> seeds.add(discovery(HuaweiUrls.list(HuaweiUrls.SEARCH_URI_PREFIX + k, 1, size))));
        return List.copyOf(seeds);
    }

    /** One page of a tab list, a search or an app's related apps; an empty page ends the list. */
    static DiscoveryResult parse(StoreRequest request, StoreResponse response) {
        Map<String, String> query = HuaweiUrls.query(request.url());
        Optional<String> list = Optional.ofNullable(query.get(URI_PARAM)).filter(u -> !u.isBlank());
        String subject = list.orElse(request.url());
        HuaweiReplies.Reply reply = HuaweiReplies.read(response, subject);
        if (reply instanceof HuaweiReplies.Failed failed) {
            return DiscoveryResult.failed(failed.problem());
        }
        HuaweiReplies.Cards cards = (HuaweiReplies.Cards) reply;
        int page = QueryParams.wholeNumber(query, PAGE_PARAM).filter(HuaweiDiscovery::isPageBound).orElse(1);
        Map<String, AppRef> apps = HuaweiCards.apps(cards.cards(), via(subject));
        // an empty page ends a list whatever hasNextPage says; repeats are the crawler's to notice
        boolean more = list.isPresent() && !subject.startsWith(HuaweiUrls.APP_URI_PREFIX) && !apps.isEmpty()
                && JsonTree.number(cards.root(), HuaweiReplies.HAS_NEXT_PAGE).filter(n -> n == 1).isPresent()
                && page < MAX_PAGE;
        Optional<StoreRequest> next = Optional.empty();
        if (more) {
            int size = QueryParams.wholeNumber(query, MAX_RESULTS_PARAM).filter(HuaweiDiscovery::isPageBound)
                    .orElse(HuaweiUrls.MAX_RESULTS);
            next = Optional.of(discovery(HuaweiUrls.list(subject, page + 1, Math.min(size, HuaweiUrls.MAX_RESULTS))));
        }
        return DiscoveryResult.page(channel(subject), List.copyOf(apps.values()), next);
    }

    private static StoreRequest discovery(String url) {
        return StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY, url);
    }

    private static String via(String list) {
        if (list.startsWith(HuaweiUrls.SEARCH_URI_PREFIX)) {
            return "search:" + list.substring(HuaweiUrls.SEARCH_URI_PREFIX.length());
        }
        if (list.startsWith(HuaweiUrls.APP_URI_PREFIX)) {
            return "related:" + list.substring(HuaweiUrls.APP_URI_PREFIX.length());
        }
        return "tab:" + list;
    }

    private static DiscoveryChannel channel(String list) {
        if (list.startsWith(HuaweiUrls.SEARCH_URI_PREFIX)) {
            return DiscoveryChannel.search(list.substring(HuaweiUrls.SEARCH_URI_PREFIX.length()));
        }
        if (list.startsWith(HuaweiUrls.APP_URI_PREFIX)) {
            return DiscoveryChannel.related(list.substring(HuaweiUrls.APP_URI_PREFIX.length()));
        }
        return DiscoveryChannel.category(list);
    }

    /** A page number or size read back from a request URL: from 1 to {@link #MAX_PAGE}. */
    private static boolean isPageBound(int n) {
        return n >= 1 && n <= MAX_PAGE;
    }
}
