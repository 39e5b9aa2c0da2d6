package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;

/** A check that one listed snapshot answers; run as listings are ingested. */
public interface ListingCheck extends Check {

    /** Evaluates one listed snapshot; odd or missing values give "unknown", never an exception. */
    Outcome evaluate(ListingDocument listing, CheckContext context);
}
