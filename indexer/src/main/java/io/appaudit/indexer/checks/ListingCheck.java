package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;

/** A check that one listed snapshot answers; run as listings are ingested. */
public interface ListingCheck extends Check {

    /** Evaluates one listed snapshot; odd or missing values give "unknown", never an exception. */
    Outcome evaluate(ListingDocument listing, CheckContext context);

    /**
     * Whether an app whose snapshots passed this check may have had an informational outcome (a related entity),
     * judged from its aggregated values, so that its latest snapshot is worth reading again. Most checks have no
     * informational outcome.
     */
    default boolean mayBeInformational(AppQuarter app, CheckContext context) {
        return false;
    }
}
