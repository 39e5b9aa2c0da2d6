package io.appaudit.stores;

import java.util.Objects;

/**
 * The list a discovery page belongs to, for the crawl's saturation measure: a category (or tab, feed), a keyword
 * search, an app's related apps, or a range of numeric ids, with the key that tells lists of one kind apart.
 *
 * @param key the category id, keyword, app id or range; bounded to {@link #MAX_KEY} characters, never blank
 */
public record DiscoveryChannel(Kind kind, String key) {

    /** The most characters of a key that are kept (keys come from configuration or from store pages). */
    public static final int MAX_KEY = 120;

    /** How a list finds apps. */
    public enum Kind {
        CATEGORY, SEARCH, RELATED, ID_RANGE;

        /** The lower-case name used in documents and summaries: {@code category}, {@code id_range}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DiscoveryChannel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        key = key.strip();
        if (key.length() > MAX_KEY) {
            key = key.substring(0, MAX_KEY);
        }
        if (key.isEmpty()) {
            key = "-";
        }
    }

    public static DiscoveryChannel category(String key) {
        return new DiscoveryChannel(Kind.CATEGORY, key);
    }

    public static DiscoveryChannel search(String key) {
        return new DiscoveryChannel(Kind.SEARCH, key);
    }

    public static DiscoveryChannel related(String key) {
        return new DiscoveryChannel(Kind.RELATED, key);
    }

    /** A range of numeric ids asked one by one ({@link IdRange#key()}). */
    public static DiscoveryChannel idRange(IdRange range) {
        return new DiscoveryChannel(Kind.ID_RANGE, range.key());
    }

    /** {@code kind:key}, as shown in summaries and stored with a crawl's state. */
    public String label() {
        return kind.id() + ":" + key;
    }
}
