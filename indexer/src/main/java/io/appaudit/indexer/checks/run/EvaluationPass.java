package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation of a quarter's apps with the measured checks: every package (the quarter scan, reconciling the
 * findings and app-quarter indices range by range) or only named packages (a page of them at a time, reconciling
 * exactly those packages' documents).
 */
final class EvaluationPass {

    /** What the pass did; {@code packagesAdded} is packages now listed minus packages no longer listed. */
    record Counts(long packages, long lookedAt, long written, long deleted, long packagesAdded) {
    }

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final Quarter quarter;
    private final int packagesPerPage;
    private final PriorFindings prior;
    private final BatchEvaluator evaluator;
    private final AppQuarterDocs appDocs;
    private long packages;
    private long lookedAt;
    private long added;

    EvaluationPass(ElasticConnection es, IndexLayout layout, ListingChecks measured, Quarter quarter,
                   int packagesPerPage) {
        this.es = es;
        this.layout = layout;
        this.quarter = quarter;
        this.packagesPerPage = packagesPerPage;
        this.prior = new PriorFindings(es, layout);
        this.evaluator = new BatchEvaluator(es, measured, new ProbeHistoryReader(es, layout), quarter);
        this.appDocs = new AppQuarterDocs(measured.context(), quarter);
    }

    /** Every package of the quarter. */
    Counts all() throws IOException {
        try (FindingWriter findings = new FindingWriter(es, layout);
             AppQuarterWriter apps = new AppQuarterWriter(es, layout)) {
            new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, packagesPerPage).scan(quarter, batch -> {
                try {
                    evaluate(batch, prior.read(quarter, batch.after(), batch.through()),
                            apps.stored(quarter, batch.after(), batch.through()), findings, apps);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return counts(findings, apps);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Only the named packages (sorted), with every store that lists them. */
    Counts only(List<String> names) throws IOException {
        QuarterScan scan = new QuarterScan(es, layout, QuarterScan.Detail.EVIDENCE, packagesPerPage);
        try (FindingWriter findings = new FindingWriter(es, layout);
             AppQuarterWriter apps = new AppQuarterWriter(es, layout)) {
            for (int i = 0; i < names.size(); i += packagesPerPage) {
                List<String> page = names.subList(i, Math.min(names.size(), i + packagesPerPage));
                evaluate(scan.packages(quarter, page), prior.read(quarter, page), apps.stored(quarter, page),
                        findings, apps);
            }
            return counts(findings, apps);
        }
    }

    private void evaluate(QuarterScan.Batch scanned, PriorFindings.InRange inRange,
                          Map<String, AppQuarterDocument> stored, FindingWriter findings, AppQuarterWriter apps)
            throws IOException {
        List<PackageQuarter> batch = scanned.packages();
        Map<String, Map<CheckId, Map<StoreId, Outcome>>> cross = appDocs.cross(batch);
        List<FindingDocument> found = evaluator.evaluate(scanned, inRange, cross);
        findings.reconcile(inRange.current(), found);
        apps.reconcile(stored, appDocs.of(batch, found, cross));
        Set<String> before = new HashSet<>();
        stored.values().forEach(d -> before.add(d.packageName()));
        Set<String> now = new HashSet<>();
        batch.forEach(p -> now.add(p.packageName()));
        added += now.stream().filter(p -> !before.contains(p)).count()
                - before.stream().filter(p -> !now.contains(p)).count();
        packages += batch.size();
        lookedAt += batch.stream().mapToLong(p -> p.apps().size()).sum();
    }

    private Counts counts(FindingWriter findings, AppQuarterWriter apps) {
        FindingWriter.Counts f = findings.counts();
        return new Counts(packages, lookedAt, f.written(), f.deleted(), added);
    }
}
