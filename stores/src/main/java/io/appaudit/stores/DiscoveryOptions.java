package io.appaudit.stores;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which lists of a store's catalogue to walk. Empty lists mean the adapter's own defaults (its known categories,
 * its default keyword sweep). How far to follow a list is the crawler's decision (stores.&lt;s&gt;.max-pages), not an
 * adapter's.
 *
 * @param categories   category or tab ids to page through
 * @param keywords     search keywords to sweep
 * @param pageSize     items to ask for per page, where the store lets us choose
 * @param idRange      numeric app ids to ask one by one, where the store keys apps by such ids; empty: none
 */
public record DiscoveryOptions(List<String> categories, List<String> keywords, int pageSize,
                               Optional<IdRange> idRange) {

    public DiscoveryOptions {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        Objects.requireNonNull(idRange, "idRange");
    }

    /** Options without an id range. */
    public DiscoveryOptions(List<String> categories, List<String> keywords, int pageSize) {
        this(categories, keywords, pageSize, Optional.empty());
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(List.of(), List.of(), 30);
    }
}
