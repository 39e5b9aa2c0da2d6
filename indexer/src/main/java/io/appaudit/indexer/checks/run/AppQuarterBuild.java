package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a quarter's app-quarter documents current without evaluating anything: when the index has none for the
 * quarter (a data folder or cluster from before the index existed: the migration), or the listings, the previous
 * quarter's findings or the configuration changed since they were built, they are built again from the listings (as
 * the rates counted them before) and the findings as stored. Otherwise nothing is read but the fingerprint.
 */
public final class AppQuarterBuild {

    private static final Logger log = LoggerFactory.getLogger(AppQuarterBuild.class);

    /** What {@link #ensure} did; {@code orphanFindings} are stored findings of apps the listings no longer have. */
    public record Result(boolean rebuilt, long apps, long orphanFindings) {
    }

    private final ElasticConnection es;
    private final IndexLayout layout;

    public AppQuarterBuild(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /** Builds the quarter's documents if they are missing or older than their inputs. */
    public Result ensure(Quarter quarter, CheckContext context) throws IOException {
        es.client().indices().refresh(r -> r.index(layout.listingsPattern(), layout.findingsIndex(),
                layout.appQuartersIndex()).ignoreUnavailable(true).allowNoIndices(true));
        CheckStateIndex states = new CheckStateIndex(es, layout);
        CheckState now = states.now(quarter, context.config(), CheckState.MIGRATION);
        Optional<CheckState> last = states.read(quarter);
        if (last.isPresent() && last.get().sameInputs(now)) {
            return new Result(false, last.get().apps(), 0);
        }
        log.info("Building the app-quarter documents of {} from its listings and stored findings ({})", quarter,
                last.isEmpty() ? "none yet" : "the listings, findings or configuration changed since");
        CheckContext measured = context.withShown(new ShownFieldsIndex(es, layout).read(quarter));
        AppQuarterDocs docs = new AppQuarterDocs(measured, quarter);
        PriorFindings findings = new PriorFindings(es, layout);
        long[] counts = new long[3];
        try (AppQuarterWriter writer = new AppQuarterWriter(es, layout)) {
            new QuarterScan(es, layout, QuarterScan.Detail.COUNTS).scan(quarter, batch -> {
                try {
                    List<FindingDocument> stored = List.copyOf(findings.read(quarter, batch.after(), batch.through())
                            .current().values());
                    List<AppQuarterDocument> built = docs.of(batch.packages(), stored);
                    Set<String> apps = new HashSet<>();
                    built.forEach(d -> apps.add(d.store() + "\u0000" + d.packageName()));
                    counts[2] += stored.stream().filter(f -> !apps.contains(f.store() + "\u0000" + f.packageName()))
                            .count();
                    writer.reconcile(writer.stored(quarter, batch.after(), batch.through()), built);
                    counts[0] += built.size();
                    counts[1] += batch.packages().size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        states.write(new CheckState(now.timestamp(), now.quarter(), now.configHash(), now.listings(),
                now.latestListing(), now.previousFindings(), counts[0], counts[1], CheckState.MIGRATION));
        return new Result(true, counts[0], counts[2]);
    }
}
