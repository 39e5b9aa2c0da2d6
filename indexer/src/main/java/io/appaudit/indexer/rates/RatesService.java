package io.appaudit.indexer.rates;

import co.elastic.clients.elasticsearch._types.SortOrder;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.checks.run.AppQuarterBuild;
import io.appaudit.indexer.checks.run.AppQuarterCounts;
import io.appaudit.indexer.checks.run.AppQuarterFields;
import io.appaudit.indexer.checks.run.ShownFieldsIndex;
import io.appaudit.indexer.docs.Fields;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Computes a quarter's rates from the app-quarter index ({@code <prefix>-app-quarters}, kept by {@code appaudit
 * check}): audited, flagged and evaluated apps and findings per store, family and check come from one aggregation
 * request ({@link AppQuarterCounts}); Wilson intervals, shares and coverage are computed from those counts. A quarter
 * whose documents are missing or older than its listings, findings or configuration has them built first from the
 * listings and the stored findings ({@link AppQuarterBuild}). The command and the report both use it, so their
 * numbers are the same.
 */
public final class RatesService {

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final CheckContext context;

    public RatesService(ElasticConnection es, IndexLayout layout, CheckContext context) {
        this.es = es;
        this.layout = layout;
        this.context = context;
    }

    public QuarterRates compute(Quarter quarter) throws IOException {
        AppQuarterBuild.Result built = new AppQuarterBuild(es, layout).ensure(quarter, this.context);
        if (built.orphanFindings() > 0) {
            throw new StaleFindingsException("The findings of " + quarter + " name " + built.orphanFindings()
                    + " app(s) no longer listed in the quarter: run 'appaudit check --quarter " + quarter + "' first");
        }
        CheckContext context = this.context.withShown(new ShownFieldsIndex(es, layout).read(quarter));
        Map<String, AppQuarterCounts.Store> counts = AppQuarterCounts.read(es, layout, quarter,
                context.config().staleBuckets());
        long allProblems = counts.values().stream().mapToLong(c -> c.sum(AppQuarterFields.CHECKS_FAILED)).sum();
        Map<Family, Long> familyProblems = new EnumMap<>(Family.class);
        counts.values().forEach(c -> c.of(AppQuarterFields.CHECKS_FAILED).forEach((id, n) -> CheckId.find(id)
                .ifPresent(k -> familyProblems.merge(k.family(), n, Long::sum))));
        List<StoreRates> stores = new ArrayList<>();
        Changes total = new Changes(0, 0, 0);
        for (AppQuarterCounts.Store c : counts.values()) {
            total = plus(total, changes(c, id -> true));
        }
        for (StoreId s : StoreId.values()) {
            AppQuarterCounts.Store c = counts.get(s.id());
            if (c != null) {
                stores.add(store(context, quarter, s, c, familyProblems, allProblems));
            }
        }
        long audited = stores.stream().mapToLong(StoreRates::audited).sum();
        long flagged = stores.stream().mapToLong(r -> r.flagged().k()).sum();
        QuarterRates.Totals totals = new QuarterRates.Totals(audited, Proportion.of(flagged, audited), allProblems,
                total);
        return new QuarterRates(quarter.toString(), quarter.previous().toString(), stores, totals, overdue(quarter));
    }

    private static StoreRates store(CheckContext context, Quarter quarter, StoreId s, AppQuarterCounts.Store c,
                                    Map<Family, Long> familyProblems, long allProblems) {
        long audited = c.audited();
        List<FamilyRates> families = new ArrayList<>();
        for (Family f : Family.values()) {
            Predicate<String> inFamily = id -> CheckId.find(id).map(k -> k.family() == f).orElse(false);
            families.add(new FamilyRates(f.name(), f.chinese() + " / " + f.english(),
                    flagged(quarter, s, c.count(AppQuarterFields.FAMILIES_FAILED, f.name()), audited),
                    Share.of(problems(c, inFamily), familyProblems.getOrDefault(f, 0L)), changes(c, inFamily)));
        }
        List<CheckRates> checks = new ArrayList<>();
        for (CheckId id : CheckId.values()) {
            long k = c.count(AppQuarterFields.CHECKS_FAILED, id.name());
            long n = c.count(AppQuarterFields.CHECKS_EVALUATED, id.name());
            if (k > n) {
                throw new StaleFindingsException("The findings of " + quarter + " flag " + k + " apps in " + s.id()
                        + " for " + id.name() + " but it could be evaluated for only " + n + ": run 'appaudit check "
                        + "--quarter " + quarter + "' first");
            }
            checks.add(CheckRates.of(id.name(), id.family().name(), id.title(), k, n, audited,
                    context.blocked(id, s) ? NotEvaluated.Reason.NOT_SHOWN : NotEvaluated.Reason.NO_EVALUABLE_APP,
                    c.count(AppQuarterFields.CHECKS_INFORMATIONAL, id.name()), changes(c, id.name()::equals)));
        }
        // The disclosures some check reads; a store not showing a file hash is no observation about its listings.
        List<NotShown> notShown = context.shown().notShown(s).stream().sorted()
                .filter(f -> Arrays.stream(CheckId.values()).anyMatch(k -> k.needs().contains(f))).map(f -> new NotShown(
                ShownFields.name(f), context.shown().share(s, f).orElse(0.0),
                context.shown().measured(s).map(ShownFields.Store::evaluated).orElse(0L))).toList();
        List<String> blocked = Arrays.stream(CheckId.values()).filter(k -> context.blocked(k, s)).map(Enum::name).toList();
        List<StaleBucket> buckets = context.config().staleBuckets().stream().sorted()
                .map(b -> new StaleBucket(b, c.stale().getOrDefault(b, 0L))).toList();
        return new StoreRates(s.id(), s.displayName(), audited, flagged(quarter, s, c.flagged(), audited),
                Share.of(problems(c, id -> true), allProblems), changes(c, id -> true), families, checks,
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

    /** Problems (findings neither informational nor rectified) of the checks the predicate selects. */
    private static long problems(AppQuarterCounts.Store c, Predicate<String> which) {
        return sum(c, AppQuarterFields.CHECKS_FAILED, which);
    }

    private static Changes changes(AppQuarterCounts.Store c, Predicate<String> which) {
        return new Changes(sum(c, AppQuarterFields.CHECKS_NEW, which), sum(c, AppQuarterFields.CHECKS_PERSISTING, which),
                sum(c, AppQuarterFields.CHECKS_RECTIFIED, which));
    }

    private static long sum(AppQuarterCounts.Store c, String field, Predicate<String> which) {
        return c.of(field).entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static Changes plus(Changes a, Changes b) {
        return new Changes(a.newProblems() + b.newProblems(), a.persisting() + b.persisting(),
                a.rectified() + b.rectified());
    }

    private List<Overdue> overdue(Quarter quarter) throws IOException {
        List<Overdue> out = new ArrayList<>();
        new SearchPager(es, 1000).forEachHit(s -> s.index(layout.findingsIndex())
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                        .filter(f -> f.term(t -> t.field(Fields.CHECK_ID).value(CheckId.Z5.name())))
                        .mustNot(m -> m.term(t -> t.field(Fields.STATUS).value(FindingStatus.RECTIFIED.value())))))
                .sort(o -> o.field(f -> f.field(Fields.STORE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(Fields.PACKAGE).order(SortOrder.Asc))), FindingDocument.class, h -> {
            FindingDocument f = h.source();
            if (f != null) {
                out.add(new Overdue(f.store(), f.packageName(), f.name(), f.values().get("deadline"),
                        f.values().get("notice"), f.lastSeen() == null ? null : f.lastSeen().toString()));
            }
        });
        return out;
    }
}
