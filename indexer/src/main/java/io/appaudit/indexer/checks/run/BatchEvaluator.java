package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CheckRegistry;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.checks.history.ProbeHistory;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one batch of the quarter scan into findings: the listing checks' recorded failures (their values read again
 * from the latest failing snapshot, judged with what the store shows this quarter: a check on a field the store
 * does not show is unknown, and R3 keeps only the parts it shows); informational outcomes, re-evaluated on the latest snapshot of the apps whose
 * aggregated names allow one; the cross-listing checks over each package; and the history checks for the apps whose
 * probe failures span long enough or that had a history finding last quarter. Then the statuses against the
 * previous quarter, and rectified findings. Only apps with something to show have a snapshot read.
 */
final class BatchEvaluator {

    private final ListingChecks listingChecks;
    /** The same checks as they ran on each listing when it was stored, before the quarter was measured. */
    private final ListingChecks crawlTime;
    private final ProbeHistoryReader histories;
    private final ElasticConnection es;
    private final FindingFactory factory;
    private final Quarter quarter;
    private final Duration spacing;

    BatchEvaluator(ElasticConnection es, ListingChecks listingChecks, ProbeHistoryReader histories, Quarter quarter) {
        this.listingChecks = listingChecks;
        this.crawlTime = listingChecks.withShown(ShownFields.unmeasured());
        this.histories = histories;
        this.es = es;
        this.factory = new FindingFactory(quarter);
        this.quarter = quarter;
        this.spacing = listingChecks.context().config().failureSpacing();
    }

    /**
     * The findings of a batch of packages, given their cross-listing outcomes
     * ({@link AppQuarterDocs#cross}: worked out once for the findings and the app-quarter documents).
     */
    List<FindingDocument> evaluate(QuarterScan.Batch batch, PriorFindings.InRange prior,
                                   Map<String, Map<CheckId, Map<StoreId, Outcome>>> crossByPackage) throws IOException {
        List<PackageQuarter> packages = batch.packages();
        Map<AppKey, AppVerdicts> verdicts = new LinkedHashMap<>();
        Map<AppKey, AppQuarter> needHistory = new LinkedHashMap<>();
        List<Pending> needLatest = new ArrayList<>();
        for (PackageQuarter pkg : packages) {
            Map<CheckId, Map<StoreId, Outcome>> cross = crossByPackage.get(pkg.packageName());
            for (AppQuarter app : pkg.apps()) {
                AppVerdicts v = new AppVerdicts(app);
                verdicts.put(v.key(), v);
                listing(v, needLatest);
                cross.forEach((id, byStore) -> {
                    Outcome o = byStore.get(app.store());
                    if (o.status() == Outcome.Status.PASSED) {
                        v.pass(id);
                    } else if (o.evaluated()) {
                        needLatest.add(new Pending(v, id, Optional.of(o)));
                    }
                });
                if (needsHistory(app, prior.previousOf(v.key()))) {
                    needHistory.put(v.key(), app);
                } else {
                    passHistoryWithoutFailures(v);
                }
            }
        }
        Map<SnapshotReads.Address, ListingDocument> latest = SnapshotReads.read(es, needLatest.stream()
                .map(p -> batch.latest().get(p.app().key())).filter(Objects::nonNull).toList());
        for (Pending p : needLatest) {
            SnapshotReads.Address at = batch.latest().get(p.app().key());
            ListingDocument snapshot = at == null ? null : latest.get(at);
            if (snapshot == null) {
                continue;
            }
            Outcome o = p.outcome().orElseGet(() -> listingChecks.evaluate(p.check(), snapshot));
            if (p.outcome().isPresent()) {
                p.app().record(p.check(), o, p.app().app().firstSeen(), p.app().app().lastSeen(), snapshot);
            } else if (o.status() == Outcome.Status.INFORMATIONAL) {
                p.app().record(p.check(), o, snapshot.timestamp(), snapshot.timestamp(), snapshot);
            } else {
                p.app().pass(p.check());
            }
        }
        Map<AppKey, List<ListingDocument>> read = histories.read(quarter, needHistory.keySet());
        needHistory.forEach((key, app) -> history(verdicts.get(key), read.getOrDefault(key, List.of())));
        List<FindingDocument> out = new ArrayList<>();
        for (AppVerdicts v : verdicts.values()) {
            findings(v, prior, out);
        }
        return out;
    }

    /** A check whose outcome for an app waits for the app's latest snapshot (evidence, or a re-evaluation). */
    private record Pending(AppVerdicts app, CheckId check, Optional<Outcome> outcome) {
    }

    private void listing(AppVerdicts v, List<Pending> needLatest) {
        AppQuarter app = v.app();
        for (ListingCheck c : CheckRegistry.listing()) {
            if (listingChecks.context().blocked(c.id(), app.store())) {
                continue; // the store does not show what the check reads: unknown for all of its listings
            }
            AppQuarter.FailedCheck failed = app.failed().get(c.id());
            if (failed != null) {
                ListingDocument snapshot = failed.latest().orElseThrow(() -> new IllegalStateException(
                        "The quarter scan ran without evidence for " + app.store() + "/" + app.packageName()));
                Outcome o = listingChecks.evaluate(c.id(), snapshot);
                if (o.status() == Outcome.Status.PASSED && crawlTime.evaluate(c.id(), snapshot).failed()) {
                    // It failed only on parts the store does not show (R3): the parts it shows are all there.
                    v.pass(c.id());
                    continue;
                }
                if (!o.failed()) {
                    // The configuration or a user file changed since the listing was checked.
                    o = Outcome.failed(Outcome.values("recorded", "failed when the listing was checked; the "
                            + "current configuration does not flag this snapshot (run check --reevaluate)"));
                }
                v.record(c.id(), o, failed.first(), failed.last(), snapshot);
            } else if (app.passed().contains(c.id())) {
                if (c.mayBeInformational(app, listingChecks.context())) {
                    needLatest.add(new Pending(v, c.id(), Optional.empty()));
                } else {
                    v.pass(c.id());
                }
            }
        }
    }

    private boolean needsHistory(AppQuarter app, List<FindingDocument> previous) {
        boolean hadHistoryFinding = previous.stream().anyMatch(f -> f.problem()
                && CheckId.find(f.checkId()).map(id -> id.kind() == CheckId.Kind.HISTORY).orElse(false));
        return app.probeFailures().isPresent() && hadHistoryFinding || CheckRegistry.history().stream()
                .filter(c -> !listingChecks.context().blocked(c.id(), app.store()))
                .anyMatch(c -> c.screen(app, spacing) == HistoryCheck.Screen.READ);
    }

    /** The history checks an app passes without its snapshots read (it was probed and nothing failed). */
    private void passHistoryWithoutFailures(AppVerdicts v) {
        AppQuarter app = v.app();
        for (HistoryCheck c : CheckRegistry.history()) {
            if (!listingChecks.context().blocked(c.id(), app.store())
                    && c.screen(app, spacing) == HistoryCheck.Screen.PASS) {
                v.pass(c.id());
            }
        }
    }

    private void history(AppVerdicts v, List<ListingDocument> newestFirst) {
        for (HistoryCheck c : CheckRegistry.history()) {
            if (listingChecks.context().blocked(c.id(), v.app().store())) {
                continue;
            }
            ProbeHistory.Result r = ProbeHistory.evaluate(c, newestFirst, spacing);
            if (r.outcome().failed()) {
                v.record(c.id(), r.outcome(), r.firstFailure().orElseThrow(), r.lastFailure().orElseThrow(),
                        r.evidence().orElseThrow());
            } else {
                v.record(c.id(), r.outcome(), null, null, null);
            }
        }
    }

    private void findings(AppVerdicts v, PriorFindings.InRange prior, List<FindingDocument> out) {
        AppQuarter app = v.app();
        v.findings().forEach((check, verdict) -> out.add(factory.finding(app, check, verdict.outcome(),
                verdict.first(), verdict.last(), verdict.snapshot(), prior.previous(
                        FindingDocument.id(app.store().id(), app.packageName(), check.name(),
                                quarter.previous().toString())))));
        for (FindingDocument before : prior.previousOf(v.key())) {
            CheckId.find(before.checkId()).filter(c -> before.problem() && v.passed(c))
                    .ifPresent(c -> out.add(factory.rectified(app, c, before)));
        }
    }
}
