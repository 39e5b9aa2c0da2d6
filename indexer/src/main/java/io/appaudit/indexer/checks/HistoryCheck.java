package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import java.time.Duration;
import java.util.Set;

/**
 * A check that needs the history of one app in one store: two failures at least checks.failure-spacing apart, with
 * no success in between or since (R4, R6, Z3, Z4).
 */
public interface HistoryCheck extends Check {

    /** What an app's aggregated quarter tells a history check before any snapshot is read. */
    enum Screen {
        /** A failure may span the spacing: read the app's snapshots. */
        READ,
        /** Nothing failed where the check looks: it passes without reading. */
        PASS,
        /** Nothing to evaluate (or not yet confirmed): unknown. */
        UNKNOWN
    }

    /** The probe kinds the check reads; an app probed for none of them in the quarter cannot be evaluated. */
    Set<String> probeKinds();

    /** What one snapshot's probes say about this check: a failure, a success, or nothing. */
    Observation observe(ListingDocument snapshot);

    /**
     * The screen of an app's quarter: by default, a failed probe spanning the spacing is read, an app probed for
     * this check's kinds without any failed probe passes.
     */
    default Screen screen(AppQuarter app, Duration spacing) {
        if (app.probeFailures().isPresent()) {
            AppQuarter.Span span = app.probeFailures().get();
            return Duration.between(span.first(), span.last()).compareTo(spacing) >= 0 ? Screen.READ : Screen.UNKNOWN;
        }
        return app.probeKinds().stream().anyMatch(probeKinds()::contains) ? Screen.PASS : Screen.UNKNOWN;
    }

    /** Why the check is unknown for an app whose snapshots say nothing about it. */
    default String nothingObserved() {
        return "no probe of " + probeKinds() + " this quarter";
    }
}
