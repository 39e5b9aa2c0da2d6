package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.StaleFindingsException;
import io.appaudit.indexer.report.ReportData.TrendQuarter;
import io.appaudit.indexer.report.ReportData.TrendStore;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of earlier quarters, counted as {@code appaudit rates} counts them (audited apps from the
 * listings, flagged apps and problems from the findings as the last {@code appaudit check} of that quarter left
 * them), without the per-check coverage a full rates run would compute.
 */
final class TrendReader {

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final ListedApps listed;
    private final CompositePages pages;

    TrendReader(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
        this.listed = new ListedApps(es, layout);
        this.pages = new CompositePages(es);
    }

    /** The report's quarter from its rates, the quarters before it read here; oldest first. */
    List<TrendQuarter> read(QuarterRates current, int quarters) throws IOException {
        Quarter q = Quarter.parse(current.quarter());
        List<TrendQuarter> out = new ArrayList<>();
        Quarter earlier = q;
        for (int i = 1; i < quarters; i++) {
            earlier = earlier.previous();
            out.add(0, earlier(earlier));
        }
        out.add(new TrendQuarter(current.quarter(), current.stores().stream().map(s -> new TrendStore(s.store(),
                s.storeName(), s.audited(), s.flagged(), s.share())).toList(), current.totals().problems()));
        return out;
    }

    private TrendQuarter earlier(Quarter quarter) throws IOException {
        Map<StoreId, Long> audited = listed.audited(quarter);
        Query problems = ProblemQueries.problems(quarter);
        Map<String, Long> flagged = new HashMap<>();
        pages.forEach(List.of(layout.findingsIndex()), problems, List.of(Fields.STORE, Fields.PACKAGE), Map.of(),
                b -> flagged.merge(CompositePages.key(b, Fields.STORE), 1L, Long::sum));
        Map<String, Long> problemCounts = new HashMap<>();
        for (StringTermsBucket b : es.client().search(s -> s.index(layout.findingsIndex()).size(0).query(problems)
                .aggregations("stores", a -> a.terms(t -> t.field(Fields.STORE).size(64))), Void.class)
                .aggregations().get("stores").sterms().buckets().array()) {
            problemCounts.put(b.key().stringValue(), b.docCount());
        }
        long all = problemCounts.values().stream().mapToLong(Long::longValue).sum();
        List<TrendStore> stores = new ArrayList<>();
        for (StoreId s : StoreId.values()) {
            long n = audited.getOrDefault(s, 0L);
            long k = flagged.getOrDefault(s.id(), 0L);
            if (n == 0 && !problemCounts.containsKey(s.id())) {
                continue;
            }
            if (k > n) {
                throw new StaleFindingsException("The findings of " + quarter + " flag " + k + " apps in " + s.id()
                        + " but only " + n + " were audited: run 'appaudit check --quarter " + quarter + "' first");
            }
            stores.add(new TrendStore(s.id(), s.displayName(), n, Proportion.of(k, n),
                    QuarterRates.Share.of(problemCounts.getOrDefault(s.id(), 0L), all)));
        }
        return new TrendQuarter(quarter.toString(), stores, all);
    }
}
