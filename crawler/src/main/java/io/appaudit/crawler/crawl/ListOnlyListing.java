package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import java.util.Optional;

/**
 * A listing built from a store's list item alone, for an app whose detail page cannot be had (its fetch failed
 * after retries, or the store's detail endpoint was judged gone): name, package and what the list showed (version,
 * downloads, rating, developer, category, last update, size), everything else unknown (absent), {@code source:
 * list}, the list page's capture as evidence. It is not a detail "listed" answer: the crawl counts it apart
 * ({@code LIST_ONLY}).
 */
final class ListOnlyListing {

    private ListOnlyListing() {
    }

    /**
     * The list-only document of the app; empty when its list item is not known (no item, the list page not
     * recorded, or no package name: a listing is keyed by its package).
     */
    static Optional<ListingDocument> of(AppRef app, String runId) {
        if (app.packageName().isEmpty() || app.item().flatMap(ListItem::seen).isEmpty()) {
            return Optional.empty();
        }
        ListItem item = app.item().orElseThrow();
        ListItem.Seen seen = item.seen().orElseThrow();
        Listing.Builder b = Listing.builder(app.store(), app.storeAppId(), app.packageName().orElseThrow())
                .name(app.name().orElse(null))
                .versionName(item.versionName().orElse(null))
                .downloads(item.downloads().orElse(null))
                .rating(item.rating().orElse(null))
                .developer(item.developer().orElse(null))
                .category(item.category().orElse(null))
                .updatedAt(item.updatedAt().orElse(null))
                .sizeBytes(item.sizeBytes().orElse(null))
                .sourceUrl(seen.listUrl())
                .fetchedAt(seen.at());
        seen.evidence().ifPresent(b::evidence);
        return Optional.of(ListingDocuments.snapshot(new ListingResult.Listed(b.build()), runId, seen.at(),
                seen.evidence(), false).fromListOnly());
    }
}
