package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code appaudit check}: brings one quarter's findings up to date. Runs the listing checks on snapshots stored
 * without them, measures what each store shows this quarter (and keeps the measure, {@link ShownFieldsIndex}),
 * scans every app of the quarter, evaluates all checks into findings with those shares, and reconciles the findings
 * index range by range. Running it twice changes nothing.
 */
public final class CheckRun {

    private static final Logger log = LoggerFactory.getLogger(CheckRun.class);

    /** What a run found and did. */
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
     *                   not only on those stored without outcomes
     */
    public Summary run(Quarter quarter, boolean reevaluate) throws IOException {
        // Indices refresh every few seconds: a check right after a crawl must see every listing it stored.
        es.client().indices().refresh(r -> r.index(layout.listingsPattern(), layout.findingsIndex(),
                        layout.appQuartersIndex()).ignoreUnavailable(true).allowNoIndices(true));
        CheckStateIndex states = new CheckStateIndex(es, layout);
        CheckState before = states.now(quarter, checks.context().config(), CheckState.CHECK);
        Optional<CheckState> last = states.read(quarter);
        if (!reevaluate && last.isPresent() && CheckState.CHECK.equals(last.get().builtBy())
                && last.get().sameInputs(before)) {
            log.info("Nothing changed in {} since the last check (listings, previous findings, configuration): "
                    + "looked at 0 apps", quarter);
            return unchanged(quarter, last.get());
        }
        long checked = new SnapshotBackfill(es, layout, checks).run(quarter, reevaluate);
        if (checked > 0) {
            log.info("Ran the listing checks on {} snapshot(s) of {}", checked, quarter);
        }
        ShownFieldsIndex shownIndex = new ShownFieldsIndex(es, layout);
        ShownFields shown = shownIndex.measure(quarter, checks.context().config().shownThreshold());
        shownIndex.write(quarter, shown);
        PriorFindings prior = new PriorFindings(es, layout);
        ListingChecks measured = checks.withShown(shown);
        BatchEvaluator evaluator = new BatchEvaluator(measured, new ProbeHistoryReader(es, layout),
                new LatestSnapshots(es, layout), quarter);
        AppQuarterDocs appDocs = new AppQuarterDocs(measured.context(), quarter);
        Tally tally = new Tally();
        FindingWriter.Counts counts;
        try (FindingWriter writer = new FindingWriter(es, layout);
             AppQuarterWriter apps = new AppQuarterWriter(es, layout)) {
            new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, packagesPerPage).scan(quarter, batch -> {
                try {
                    PriorFindings.InRange inRange = prior.read(quarter, batch.after(), batch.through());
                    List<FindingDocument> found = evaluator.evaluate(batch.packages(), inRange);
                    writer.reconcile(inRange.current(), found);
                    apps.reconcile(apps.stored(quarter, batch.after(), batch.through()),
                            appDocs.of(batch.packages(), found));
                    tally.add(batch.packages().size(), batch.packages().stream().mapToLong(p -> p.apps().size()).sum(),
                            found);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            counts = writer.counts();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        states.write(new CheckState(before.timestamp(), before.quarter(), before.configHash(), before.listings(),
                before.latestListing(), before.previousFindings(), tally.apps, tally.packages, CheckState.CHECK));
        log.info("Looked at {} apps of {}", tally.apps, quarter);
        return new Summary(quarter.toString(), checked, tally.packages, tally.apps, tally.byStatus,
                tally.informational, tally.problems, counts.written(), counts.unchanged(), counts.deleted(), shown,
                tally.apps);
    }

    /** The summary of a run that found nothing changed: the counts as the app-quarter index holds them. */
    private Summary unchanged(Quarter quarter, CheckState last) throws IOException {
        Map<String, AppQuarterCounts.Store> byStore = AppQuarterCounts.read(es, layout, quarter, List.of());
        Map<String, Long> byStatus = new TreeMap<>();
        Map<CheckId, Long> problems = new EnumMap<>(CheckId.class);
        long informational = 0;
        long findings = 0;
        for (AppQuarterCounts.Store s : byStore.values()) {
            merge(byStatus, FindingDocument.NEW, s.sum(AppQuarterFields.CHECKS_NEW));
            merge(byStatus, FindingDocument.PERSISTING, s.sum(AppQuarterFields.CHECKS_PERSISTING));
            merge(byStatus, FindingDocument.RECTIFIED, s.sum(AppQuarterFields.CHECKS_RECTIFIED));
            informational += s.sum(AppQuarterFields.CHECKS_INFORMATIONAL);
            s.of(AppQuarterFields.CHECKS_FAILED).forEach((c, n) -> CheckId.find(c)
                    .ifPresent(id -> problems.merge(id, n, Long::sum)));
            findings += s.sum(AppQuarterFields.CHECKS_FAILED) + s.sum(AppQuarterFields.CHECKS_RECTIFIED)
                    + s.sum(AppQuarterFields.CHECKS_INFORMATIONAL);
        }
        return new Summary(quarter.toString(), 0, last.packages(), last.apps(), byStatus, informational, problems,
                0, findings, 0, new ShownFieldsIndex(es, layout).read(quarter), 0);
    }

    private static void merge(Map<String, Long> byStatus, String status, long n) {
        if (n > 0) {
            byStatus.merge(status, n, Long::sum);
        }
    }

    /** Counts over the batches. */
    private static final class Tally {
        long packages;
        long apps;
        long informational;
        final Map<String, Long> byStatus = new TreeMap<>();
        final Map<CheckId, Long> problems = new EnumMap<>(CheckId.class);

        void add(long packageCount, long appCount, List<FindingDocument> found) {
            packages += packageCount;
            apps += appCount;
            for (FindingDocument f : found) {
                if (Boolean.TRUE.equals(f.informational())) {
                    informational++;
                    continue;
                }
                byStatus.merge(f.status(), 1L, Long::sum);
                if (f.problem()) {
                    problems.merge(CheckId.of(f.checkId()), 1L, Long::sum);
                }
            }
        }
    }
}
