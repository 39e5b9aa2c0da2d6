package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code appaudit check}: brings one quarter's findings and app-quarter documents up to date. Runs the listing checks
 * on snapshots stored without them, measures what each store shows this quarter (and keeps the measure,
 * {@link ShownFieldsIndex}), and evaluates all checks into findings with those shares. It evaluates only what can
 * have changed since its last run ({@link CheckState}): nothing when the listings, the previous quarter's findings
 * and the configuration are as they were; only the packages with newer snapshots when every new snapshot is newer
 * than the last run's and no store's shown disclosures changed; otherwise (and on {@code --reevaluate}) every app of
 * the quarter, reconciling the indices range by range. Running it twice changes nothing.
 */
public final class CheckRun {

    private static final Logger log = LoggerFactory.getLogger(CheckRun.class);

    /**
     * What a run found and did. Apps, packages and findings are the quarter's; {@code lookedAt} the apps it evaluated
     * (0 when nothing had changed).
     */
    public record Summary(String quarter, long snapshotsChecked, long packages, long apps,
                          Map<String, Long> findingsByStatus, long informational, Map<CheckId, Long> problemsByCheck,
                          long written, long unchanged, long deleted, ShownFields shown, long lookedAt) {
    }

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final ListingChecks checks;
    private final int packagesPerPage;

    public CheckRun(ElasticConnection es, IndexLayout layout, ListingChecks checks, int packagesPerPage) {
        this.es = es;
        this.layout = layout;
        this.checks = checks;
        this.packagesPerPage = packagesPerPage;
    }

    public CheckRun(ElasticConnection es, IndexLayout layout, ListingChecks checks) {
        this(es, layout, checks, QuarterScan.EVIDENCE_PAGE);
    }

    /**
     * Runs the checks of one quarter.
     *
     * @param reevaluate run the listing checks again on every snapshot (after changing a threshold or a user file),
     *                   not only on those stored without outcomes, and evaluate every app
     */
    public Summary run(Quarter quarter, boolean reevaluate) throws IOException {
        // Indices refresh every few seconds: a check right after a crawl must see every listing it stored.
        es.client().indices().refresh(r -> r.index(layout.listingsPattern(), layout.findingsIndex(),
                layout.appQuartersIndex()).ignoreUnavailable(true).allowNoIndices(true));
        CheckStateIndex states = new CheckStateIndex(es, layout);
        CheckState before = states.now(quarter, checks.context().config(), CheckState.CHECK);
        Optional<CheckState> last = states.read(quarter).filter(s -> !reevaluate && CheckState.CHECK.equals(s.builtBy())
                && s.configHash().equals(before.configHash()) && s.previousFindings() == before.previousFindings());
        if (last.isPresent() && last.get().sameInputs(before)) {
            log.info("Nothing changed in {} since the last check (listings, previous findings, configuration): "
                    + "looked at 0 apps", quarter);
            return fromIndex(quarter, last.get().packages(), 0, new EvaluationPass.Counts(0, 0, 0, 0, 0),
                    new ShownFieldsIndex(es, layout).read(quarter));
        }
        Optional<ChangedPackages.Changed> changed = Optional.empty();
        if (last.isPresent() && last.get().latestListing() != null) {
            ChangedPackages.Changed c = new ChangedPackages(es, layout).since(quarter, last.get().latestListing());
            // Only when every new snapshot is newer than the last run's latest (none arrived late, none was deleted).
            if (c.snapshots() == before.listings() - last.get().listings()) {
                changed = Optional.of(c);
            }
        }
        long checked = new SnapshotBackfill(es, layout, checks).run(quarter, reevaluate);
        if (checked > 0) {
            log.info("Ran the listing checks on {} snapshot(s) of {}", checked, quarter);
        }
        ShownFieldsIndex shownIndex = new ShownFieldsIndex(es, layout);
        ShownFields previouslyShown = shownIndex.read(quarter);
        double threshold = checks.context().config().shownThreshold();
        // after a re-crawl of some packages only their apps can change the measure: measured alone, not the quarter
        ShownFields shown = changed.isPresent() && checked == 0 && !previouslyShown.stores().isEmpty()
                ? shownIndex.measureChange(quarter, previouslyShown, changed.get().packages(),
                        last.get().latestListing())
                : shownIndex.measure(quarter, threshold);
        shownIndex.write(quarter, shown);
        if (changed.isPresent() && !sameNotShown(previouslyShown, shown)) {
            log.info("A store's shown disclosures changed in {}: every app is evaluated again", quarter);
            changed = Optional.empty();
        }
        EvaluationPass pass = new EvaluationPass(es, layout, checks.withShown(shown), quarter, packagesPerPage);
        EvaluationPass.Counts counts = changed.isPresent() ? pass.only(changed.get().packages()) : pass.all();
        long packages = changed.isPresent() ? last.get().packages() + counts.packagesAdded() : counts.packages();
        Summary s = fromIndex(quarter, packages, checked, counts, shown);
        states.write(new CheckState(before.timestamp(), before.quarter(), before.configHash(), before.listings(),
                before.latestListing(), before.previousFindings(), s.apps(), packages, CheckState.CHECK));
        log.info("Looked at {} apps of {} ({})", counts.lookedAt(), quarter,
                changed.isPresent() ? changed.get().packages().size() + " package(s) with newer snapshots"
                        : "every package");
        return s;
    }

    private static boolean sameNotShown(ShownFields a, ShownFields b) {
        return Arrays.stream(StoreId.values()).allMatch(s -> a.notShown(s).equals(b.notShown(s)));
    }

    /** The quarter's counts as the app-quarter index holds them after the run, with what the run did. */
    private Summary fromIndex(Quarter quarter, long packages, long checked, EvaluationPass.Counts run,
                              ShownFields shown) throws IOException {
        es.client().indices().refresh(r -> r.index(layout.appQuartersIndex()));
        Map<String, AppQuarterCounts.Store> byStore = AppQuarterCounts.read(es, layout, quarter, java.util.List.of());
        Map<String, Long> byStatus = new TreeMap<>();
        Map<CheckId, Long> problems = new EnumMap<>(CheckId.class);
        long informational = 0;
        long findings = 0;
        long apps = 0;
        for (AppQuarterCounts.Store s : byStore.values()) {
            apps += s.audited();
            merge(byStatus, FindingStatus.NEW.value(), s.sum(AppQuarterFields.CHECKS_NEW));
            merge(byStatus, FindingStatus.PERSISTING.value(), s.sum(AppQuarterFields.CHECKS_PERSISTING));
            merge(byStatus, FindingStatus.RECTIFIED.value(), s.sum(AppQuarterFields.CHECKS_RECTIFIED));
            informational += s.sum(AppQuarterFields.CHECKS_INFORMATIONAL);
            s.of(AppQuarterFields.CHECKS_FAILED).forEach((c, n) -> CheckId.find(c)
                    .ifPresent(id -> problems.merge(id, n, Long::sum)));
            findings += s.sum(AppQuarterFields.CHECKS_FAILED) + s.sum(AppQuarterFields.CHECKS_RECTIFIED)
                    + s.sum(AppQuarterFields.CHECKS_INFORMATIONAL);
        }
        return new Summary(quarter.toString(), checked, packages, apps, byStatus, informational, problems,
                run.written(), Math.max(0, findings - run.written()), run.deleted(), shown, run.lookedAt());
    }

    private static void merge(Map<String, Long> byStatus, String status, long n) {
        if (n > 0) {
            byStatus.merge(status, n, Long::sum);
        }
    }
}
