package io.appaudit.stores;

import java.util.List;

/**
 * How far to enumerate a store's catalogue. Empty lists mean the adapter's own defaults (its known categories,
 * its default keyword sweep).
 *
 * @param categories   category or tab ids to page through
 * @param keywords     search keywords to sweep
 * @param maxPages     the most pages to follow in any one list, a bound against endless paging
 * @param pageSize     items to ask for per page, where the store lets us choose
 */
public record DiscoveryOptions(List<String> categories, List<String> keywords, int maxPages, int pageSize) {

    public DiscoveryOptions {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(List.of(), List.of(), 200, 30);
    }
}
