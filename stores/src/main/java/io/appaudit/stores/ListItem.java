package io.appaudit.stores;

import io.appaudit.stores.kit.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store's list item said about an app beyond its package and name (version, downloads, rating, developer,
 * category, last update, size), and, once the crawler read it, the list page it was read on: enough for a listing
 * built from the list alone when the app's detail page cannot be had. Unknown is an absent Optional; store text is
 * cleaned and bounded.
 *
 * @param rating    average rating on a 0–5 scale
 * @param updatedAt when the store says the app was last updated
 * @param sizeBytes the package size in bytes
 */
public record ListItem(Optional<String> versionName, Optional<Long> downloads, Optional<Double> rating,
                       Optional<String> developer, Optional<String> category, Optional<OffsetDateTime> updatedAt,
                       Optional<Long> sizeBytes, Optional<Seen> seen) {

    /** The longest text kept of one list field; longer store text is cut. */
    public static final int MAX_TEXT = 200;

    /** The list page the item was read on: its URL, when it was fetched, and its capture. */
    public record Seen(String listUrl, Instant at, Optional<EvidenceRef> evidence) {
        public Seen {
            Objects.requireNonNull(listUrl, "listUrl");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(evidence, "evidence");
            if (listUrl.isBlank()) {
                throw new IllegalArgumentException("a list item's page needs its URL");
            }
        }
    }

    public ListItem {
        versionName = bounded(versionName, "versionName");
        developer = bounded(developer, "developer");
        category = bounded(category, "category");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(seen, "seen");
        downloads.ifPresent(d -> {
            if (d < 0) {
                throw new IllegalArgumentException("downloads must not be negative, was " + d);
            }
        });
        rating.ifPresent(r -> {
            if (r.isNaN() || r < 0 || r > 5) {
                throw new IllegalArgumentException("rating " + r + " is outside 0–5: normalise it in the adapter");
            }
        });
        sizeBytes.ifPresent(s -> {
            if (s <= 0) {
                throw new IllegalArgumentException("sizeBytes must be positive, was " + s);
            }
        });
    }

    /** An item without update time or size. */
    public ListItem(Optional<String> versionName, Optional<Long> downloads, Optional<Double> rating,
                    Optional<String> developer, Optional<String> category, Optional<Seen> seen) {
        this(versionName, downloads, rating, developer, category, Optional.empty(), Optional.empty(), seen);
    }

    /** A list item from store values, any of them null (unknown); out-of-range numbers are taken as unknown. */
    public static ListItem of(String versionName, Long downloads, Double rating, String developer, String category) {
        return builder().versionName(versionName).downloads(downloads).rating(rating).developer(developer)
                .category(category).build();
    }

    /** A builder over store values, any of them null (unknown). */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the item says nothing beyond package and name. */
    public boolean isEmpty() {
        return versionName.isEmpty() && downloads.isEmpty() && rating.isEmpty() && developer.isEmpty()
                && category.isEmpty() && updatedAt.isEmpty() && sizeBytes.isEmpty();
    }

    /** This item as read on the given list page. */
    public ListItem seenOn(String listUrl, Instant at, Optional<EvidenceRef> evidence) {
        return new ListItem(versionName, downloads, rating, developer, category, updatedAt, sizeBytes,
                Optional.of(new Seen(listUrl, at, evidence)));
    }

    private static Optional<String> bounded(Optional<String> s, String field) {
        Objects.requireNonNull(s, field);
        return s.map(Text::clean).map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
    }

    /**
     * Collects a list item's facts from store values: null is unknown, out-of-range numbers (a negative count, a
     * rating outside 0–5, a size of zero) are taken as unknown rather than rejected, text is cleaned and bounded.
     */
    public static final class Builder {
        private String versionName;
        private Long downloads;
        private Double rating;
        private String developer;
        private String category;
        private OffsetDateTime updatedAt;
        private Long sizeBytes;

        private Builder() {
        }

        public Builder versionName(String v) { versionName = v; return this; }
        public Builder downloads(Long v) { downloads = v; return this; }
        public Builder rating(Double v) { rating = v; return this; }
        public Builder developer(String v) { developer = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder updatedAt(OffsetDateTime v) { updatedAt = v; return this; }
        public Builder sizeBytes(Long v) { sizeBytes = v; return this; }

        public ListItem build() {
            return new ListItem(Optional.ofNullable(Text.clean(versionName)),
                    Optional.ofNullable(downloads).filter(d -> d >= 0),
                    Optional.ofNullable(rating).filter(r -> !r.isNaN() && r >= 0 && r <= 5),
                    Optional.ofNullable(Text.clean(developer)), Optional.ofNullable(Text.clean(category)),
                    Optional.ofNullable(updatedAt), Optional.ofNullable(sizeBytes).filter(s -> s > 0),
                    Optional.empty());
        }
    }
}
