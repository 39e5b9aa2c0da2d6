package io.appaudit.stores;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store's list item said about an app beyond its package and name (version, downloads, rating, developer,
 * category), and, once the crawler read it, the list page it was read on: enough for a listing built from the list
 * alone when the app's detail page cannot be had. Unknown is an absent Optional; store text is cleaned and bounded.
 *
 * @param rating average rating on a 0–5 scale
 */
public record ListItem(Optional<String> versionName, Optional<Long> downloads, Optional<Double> rating,
                       Optional<String> developer, Optional<String> category, Optional<Seen> seen) {

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
    }

    /** A list item from store values, any of them null (unknown); out-of-range numbers are taken as unknown. */
    public static ListItem of(String versionName, Long downloads, Double rating, String developer, String category) {
        return new ListItem(Optional.ofNullable(Text.clean(versionName)),
                Optional.ofNullable(downloads).filter(d -> d >= 0),
                Optional.ofNullable(rating).filter(r -> !r.isNaN() && r >= 0 && r <= 5),
                Optional.ofNullable(Text.clean(developer)), Optional.ofNullable(Text.clean(category)),
                Optional.empty());
    }

    /** True when the item says nothing beyond package and name. */
    public boolean isEmpty() {
        return versionName.isEmpty() && downloads.isEmpty() && rating.isEmpty() && developer.isEmpty()
                && category.isEmpty();
    }

    /** This item as read on the given list page. */
    public ListItem seenOn(String listUrl, Instant at, Optional<EvidenceRef> evidence) {
        return new ListItem(versionName, downloads, rating, developer, category,
                Optional.of(new Seen(listUrl, at, evidence)));
    }

    private static Optional<String> bounded(Optional<String> s, String field) {
        Objects.requireNonNull(s, field);
        return s.map(Text::clean).map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
    }
}
