package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns an outcome into the quarter's finding, with its status against the previous quarter: a problem found again
 * persists (and keeps its first sighting); a problem gone (passed, or only a related entity now) is rectified.
 */
final class FindingFactory {

    private final Quarter quarter;

    FindingFactory(Quarter quarter) {
        this.quarter = quarter;
    }

    /** The finding of a failed or informational outcome. */
    FindingDocument finding(AppQuarter app, CheckId check, Outcome outcome, Instant first, Instant last,
                            ListingDocument snapshot, Optional<FindingDocument> previous) {
        boolean informational = outcome.status() == Outcome.Status.INFORMATIONAL;
        boolean wasProblem = previous.map(FindingDocument::problem).orElse(false);
        boolean wasInformational = previous.map(p -> Boolean.TRUE.equals(p.informational())).orElse(false);
        FindingStatus status = FindingStatus.NEW;
        Instant firstSeen = first;
        if (informational && wasProblem) {
            status = FindingStatus.RECTIFIED;
        } else if (informational ? wasInformational : wasProblem) {
            status = FindingStatus.PERSISTING;
            firstSeen = earlier(previous.get().firstSeen(), first);
        }
        String summary = check.name() + " " + check.title()
                + (outcome.note().isEmpty() ? "" : " (" + outcome.note() + ")");
        return document(app, check, snapshot, informational, status, firstSeen, last, last, summary, outcome.values());
    }

    /**
     * The rectified finding of a previous quarter's problem that this quarter's listings no longer show; its
     * values and evidence are those of the problem, its time the app's last listing this quarter.
     */
    FindingDocument rectified(AppQuarter app, CheckId check, FindingDocument previous) {
        String summary = check.name() + " " + check.title() + " (rectified since " + previous.quarter() + ")";
        return new FindingDocument(app.lastSeen(),
                FindingDocument.id(app.store().id(), app.packageName(), check.name(), quarter.toString()),
                app.store().id(), app.packageName(), previous.storeAppId(), previous.name(), previous.developer(),
                check.name(), check.family().name(), check.severity().id(), false, quarter.toString(),
                FindingStatus.RECTIFIED, previous.firstSeen(), previous.lastSeen(), summary, previous.values(),
                previous.valuesText(), previous.evidence(), previous.sourceUrl(), previous.snapshotId());
    }

    private FindingDocument document(AppQuarter app, CheckId check, ListingDocument snapshot, boolean informational,
                                     FindingStatus status, Instant firstSeen, Instant lastSeen, Instant timestamp,
                                     String summary, Map<String, String> values) {
        ListingDocument.Evidence e = snapshot.evidence();
        FindingDocument.Evidence evidence = new FindingDocument.Evidence(e == null ? null : e.warcFile(),
                e == null ? null : e.recordId(), e == null ? null : e.payloadSha256(), snapshot.sourceUrl());
        String valuesText = values.entrySet().stream().map(v -> v.getKey() + ": " + v.getValue())
                .collect(Collectors.joining("\n"));
        return new FindingDocument(timestamp,
                FindingDocument.id(app.store().id(), app.packageName(), check.name(), quarter.toString()),
                app.store().id(), app.packageName(), snapshot.storeAppId(), snapshot.name(), snapshot.developer(),
                check.name(), check.family().name(), check.severity().id(), informational, quarter.toString(), status,
                firstSeen, lastSeen, summary, values, valuesText, evidence, snapshot.sourceUrl(),
                snapshot.snapshotId());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : a.isBefore(b) ? a : b;
    }
}
