package io.appaudit.indexer.rates;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.checks.run.QuarterScan;
import io.appaudit.indexer.checks.run.ShownFieldsIndex;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.QuarterRates.Changes;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.NotShown;
import io.appaudit.indexer.rates.QuarterRates.Overdue;
import io.appaudit.indexer.rates.QuarterRates.Platform;
import io.appaudit.indexer.rates.QuarterRates.Share;
import io.appaudit.indexer.rates.QuarterRates.StaleBucket;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reference path: a quarter's rates as {@code appaudit rates} computed them before the app-quarter index, from a
 * scan of the listings (audited apps, coverage) and composite aggregations over the findings. Kept to prove that
 * {@link RatesService} gives the same numbers to the last digit ({@code RatesEquivalenceTest}).
 */
public final class ScanRates {

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final CheckContext context;

    public ScanRates(ElasticConnection es, IndexLayout layout, CheckContext context) {
        this.es = es;
        this.layout = layout;
        this.context = context;
    }

    public QuarterRates compute(Quarter quarter) throws IOException {
        CheckContext context = this.context.withShown(new ShownFieldsIndex(es, layout).read(quarter));
        CoverageTally coverage = new CoverageTally(context);
        new QuarterScan(es, layout, QuarterScan.Detail.COUNTS).scan(quarter, coverage);
        FindingCounts counts = new FindingCounts(es, layout).read(quarter);
        long allProblems = problems(counts, k -> true);
        List<StoreRates> stores = new ArrayList<>();
        for (StoreId s : StoreId.values()) {
            long audited = coverage.audited.getOrDefault(s, 0L);
            boolean anyFinding = counts.keys().stream().anyMatch(k -> k.store().equals(s.id()));
            if (audited > 0 || anyFinding) {
                stores.add(store(context, quarter, s, audited, coverage, counts, allProblems));
            }
        }
        long audited = stores.stream().mapToLong(StoreRates::audited).sum();
        long flagged = stores.stream().mapToLong(r -> r.flagged().k()).sum();
        QuarterRates.Totals totals = new QuarterRates.Totals(audited, Proportion.of(flagged, audited), allProblems,
                changes(counts, k -> true));
        return new QuarterRates(quarter.toString(), quarter.previous().toString(), stores, totals, overdue(quarter));
    }

    private static StoreRates store(CheckContext context, Quarter quarter, StoreId s, long audited, CoverageTally coverage, FindingCounts counts,
                             long allProblems) {
        long flagged = counts.flaggedApps.getOrDefault(s.id(), 0L);
        Predicate<FindingCounts.Key> here = k -> k.store().equals(s.id());
        List<FamilyRates> families = new ArrayList<>();
        for (Family f : Family.values()) {
            Predicate<FindingCounts.Key> inFamily = k -> CheckId.find(k.check()).map(c -> c.family() == f).orElse(false);
            families.add(new FamilyRates(f.name(), f.chinese() + " / " + f.english(),
                    flagged(quarter, s, counts.flaggedByFamily.getOrDefault(s.id() + "/" + f.name(), 0L), audited),
                    Share.of(problems(counts, here.and(inFamily)), problems(counts, inFamily)),
                    changes(counts, here.and(inFamily))));
        }
        List<CheckRates> checks = new ArrayList<>();
        Map<CheckId, Long> evaluated = coverage.evaluated.getOrDefault(s, Map.of());
        for (CheckId c : CheckId.values()) {
            Predicate<FindingCounts.Key> isCheck = here.and(k -> k.check().equals(c.name()));
            long informational = counts.count(s.id(), c.name(), FindingStatus.NEW.value(), true)
                    + counts.count(s.id(), c.name(), FindingStatus.PERSISTING.value(), true);
            long k = problems(counts, isCheck);
            long n = evaluated.getOrDefault(c, 0L);
            if (k > n) {
                throw new StaleFindingsException("The findings of " + quarter + " flag " + k + " apps in " + s.id()
                        + " for " + c.name() + " but it could be evaluated for only " + n + ": run 'appaudit check "
                        + "--quarter " + quarter + "' first");
            }
            checks.add(CheckRates.of(c.name(), c.family().name(), c.title(), k, n, audited,
                    context.blocked(c, s) ? NotEvaluated.Reason.NOT_SHOWN : NotEvaluated.Reason.NO_EVALUABLE_APP,
                    informational, changes(counts, isCheck)));
        }
        // The disclosures some check reads; a store not showing a file hash is no observation about its listings.
        List<NotShown> notShown = context.shown().notShown(s).stream().sorted()
                .filter(f -> Arrays.stream(CheckId.values()).anyMatch(c -> c.needs().contains(f))).map(f -> new NotShown(
                ShownFields.name(f), context.shown().share(s, f).orElse(0.0),
                context.shown().measured(s).map(ShownFields.Store::evaluated).orElse(0L))).toList();
        List<String> blocked = Arrays.stream(CheckId.values()).filter(c -> context.blocked(c, s)).map(Enum::name).toList();
        Map<Integer, Long> stale = coverage.stale.getOrDefault(s, Map.of());
        List<StaleBucket> buckets = context.config().staleBuckets().stream().sorted()
                .map(b -> new StaleBucket(b, stale.getOrDefault(b, 0L))).toList();
        return new StoreRates(s.id(), s.displayName(), audited, flagged(quarter, s, flagged, audited),
                Share.of(problems(counts, here), allProblems), changes(counts, here), families, checks,
                new Platform(notShown, blocked), buckets);
    }

    /** k of N, or an error saying the findings are older than the listings (more flagged apps than audited). */
    private static Proportion flagged(Quarter quarter, StoreId s, long k, long audited) {
        if (k > audited) {
            throw new StaleFindingsException("The findings of " + quarter + " flag " + k + " apps in " + s.id()
                    + " but only " + audited + " were audited: run 'appaudit check --quarter " + quarter + "' first");
        }
        return Proportion.of(k, audited);
    }

    /** Problems: findings that are neither informational nor rectified. */
    private static long problems(FindingCounts counts, Predicate<FindingCounts.Key> which) {
        return counts.findings.entrySet().stream().filter(e -> !e.getKey().informational()
                        && !FindingStatus.RECTIFIED.value().equals(e.getKey().status()) && which.test(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static Changes changes(FindingCounts counts, Predicate<FindingCounts.Key> which) {
        long[] n = new long[3];
        counts.findings.forEach((k, v) -> {
            if (!which.test(k)) {
                return;
            }
            if (FindingStatus.RECTIFIED.value().equals(k.status())) {
                n[2] += v;
            } else if (!k.informational()) {
                n[FindingStatus.NEW.value().equals(k.status()) ? 0 : 1] += v;
            }
        });
        return new Changes(n[0], n[1], n[2]);
    }

    private List<Overdue> overdue(Quarter quarter) throws IOException {
        List<Overdue> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<FindingDocument> r = es.client().search(s -> {
                s.index(layout.findingsIndex()).size(1000)
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.term(t -> t.field("quarter").value(quarter.toString())))
                                .filter(f -> f.term(t -> t.field("check_id").value(CheckId.Z5.name())))
                                .mustNot(m -> m.term(t -> t.field("status").value(FindingStatus.RECTIFIED.value())))))
                        .sort(o -> o.field(f -> f.field("store").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("package").order(SortOrder.Asc)));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, FindingDocument.class);
            List<Hit<FindingDocument>> hits = r.hits().hits();
            for (Hit<FindingDocument> h : hits) {
                FindingDocument f = h.source();
                if (f != null) {
                    out.add(new Overdue(f.store(), f.packageName(), f.name(), f.values().get("deadline"),
                            f.values().get("notice"), f.lastSeen() == null ? null : f.lastSeen().toString()));
                }
            }
            if (hits.size() < 1000) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
