package io.appaudit.stores;

import java.util.List;

/**
 * Which lists of a store's catalogue to walk. Empty lists mean the adapter's own defaults (its known categories,
 * its default keyword sweep). How far to follow a list is the crawler's decision (stores.&lt;s&gt;.max-pages), not an
 * adapter's.
 *
 * @param categories   category or tab ids to page through
 * @param keywords     search keywords to sweep
 * @param pageSize     items to ask for per page, where the store lets us choose
 */
public record DiscoveryOptions(List<String> categories, List<String> keywords, int pageSize) {

    public DiscoveryOptions {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(List.of(), List.of(), 30);
    }
}
