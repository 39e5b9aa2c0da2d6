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
                          long written, long unchanged, long deleted, ShownFields shown) {
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
        es.client().indices().refresh(r -> r.index(layout.listingsPattern(), layout.findingsIndex())
                .ignoreUnavailable(true).allowNoIndices(true));
        long checked = new SnapshotBackfill(es, layout, checks).run(quarter, reevaluate);
        if (checked > 0) {
            log.info("Ran the listing checks on {} snapshot(s) of {}", checked, quarter);
        }
        ShownFieldsIndex shownIndex = new ShownFieldsIndex(es, layout);
        ShownFields shown = shownIndex.measure(quarter, checks.context().config().shownThreshold());
        shownIndex.write(quarter, shown);
        PriorFindings prior = new PriorFindings(es, layout);
        BatchEvaluator evaluator = new BatchEvaluator(checks.withShown(shown), new ProbeHistoryReader(es, layout),
                new LatestSnapshots(es, layout), quarter);
        Tally tally = new Tally();
        FindingWriter.Counts counts;
        try (FindingWriter writer = new FindingWriter(es, layout)) {
            new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, packagesPerPage).scan(quarter, batch -> {
                try {
                    PriorFindings.InRange inRange = prior.read(quarter, batch.after(), batch.through());
                    List<FindingDocument> found = evaluator.evaluate(batch.packages(), inRange);
                    writer.reconcile(inRange.current(), found);
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
        return new Summary(quarter.toString(), checked, tally.packages, tally.apps, tally.byStatus,
                tally.informational, tally.problems, counts.written(), counts.unchanged(), counts.deleted(), shown);
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
