package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import java.util.Set;

/**
 * A check that needs the history of one app in one store: two failures of a probed link at least
 * checks.failure-spacing apart, with no success in between or since (R4, Z3, Z4).
 */
public interface HistoryCheck extends Check {

    /** The probe kinds the check reads; an app probed for none of them in the quarter cannot be evaluated. */
    Set<String> probeKinds();

    /** What one snapshot's probes say about this check: a failure, a success, or nothing. */
    Observation observe(ListingDocument snapshot);
}
