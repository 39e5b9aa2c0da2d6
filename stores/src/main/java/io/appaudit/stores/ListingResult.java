package io.appaudit.stores;

import java.util.List;
import java.util.Objects;

/** What one listing fetch came to: a listing, an app the store no longer lists, or a page we could not read. */
public sealed interface ListingResult {

    StoreId store();

    String storeAppId();

    String sourceUrl();

    /** The page held the app. */
    record Listed(Listing listing) implements ListingResult {
        public Listed {
            Objects.requireNonNull(listing, "listing");
        }

        @Override public StoreId store() { return listing.store(); }
        @Override public String storeAppId() { return listing.storeAppId(); }
        @Override public String sourceUrl() { return listing.sourceUrl(); }
    }

    /** The store says the app is not there (a 404, a generic page, an empty reply): data, not an error. */
    record NotListed(StoreId store, String storeAppId, String sourceUrl, String reason) implements ListingResult {
        public NotListed {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(storeAppId, "storeAppId");
            Objects.requireNonNull(sourceUrl, "sourceUrl");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The page was not what the adapter expects; never counted as a finding. */
    record Problem(ParseProblem problem) implements ListingResult {
        public Problem {
            Objects.requireNonNull(problem, "problem");
        }

        @Override public StoreId store() { return problem.store(); }
        @Override public String storeAppId() { return problem.subject(); }
        @Override public String sourceUrl() { return problem.sourceUrl(); }

        public static Problem of(StoreId store, String storeAppId, String sourceUrl, ParseProblem.Kind kind,
                                 List<String> missing, String message) {
            return new Problem(new ParseProblem(store, storeAppId, sourceUrl, kind, missing, message));
        }
    }
}
