package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quarter's counts per store, family and check, read from the app-quarter index in one request (a terms
 * aggregation on the store with, under it, one terms aggregation per outcome field): what the rates compute from.
 */
public final class AppQuarterCounts {

    /** Terms buckets per field: far more than the registered checks, so none is ever cut off. */
    private static final int CHECKS = 500;
    private static final int STORES = 100;
    private static final List<String> PER_CHECK = List.of(AppQuarterFields.CHECKS_FAILED,
            AppQuarterFields.CHECKS_EVALUATED, AppQuarterFields.CHECKS_NEW, AppQuarterFields.CHECKS_PERSISTING,
            AppQuarterFields.CHECKS_RECTIFIED, AppQuarterFields.CHECKS_INFORMATIONAL, AppQuarterFields.FAMILIES_FAILED);

    /**
     * One store's counts.
     *
     * @param perField per outcome field ({@link AppQuarterFields#CHECKS_FAILED} …, and families failed): apps per
     *                 check id (or family)
     * @param stale    apps at or beyond each stale bucket's days without an update
     */
    public record Store(long audited, long flagged, Map<String, Map<String, Long>> perField,
                        Map<Integer, Long> stale) {

        public Store {
            perField = Map.copyOf(perField);
            stale = Map.copyOf(stale);
        }

        /** Apps per check id (or family) of one field; empty when none. */
        public Map<String, Long> of(String field) {
            return perField.getOrDefault(field, Map.of());
        }

        public long count(String field, String checkOrFamily) {
            return of(field).getOrDefault(checkOrFamily, 0L);
        }

        public long sum(String field) {
            return of(field).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private AppQuarterCounts() {
    }

    /** The counts of a quarter by store id; stores without a document are absent. */
    public static Map<String, Store> read(ElasticConnection es, IndexLayout layout, Quarter quarter,
                                          List<Integer> staleBuckets) throws IOException {
        Map<String, Aggregation> subs = new HashMap<>();
        subs.put(AppQuarterFields.FLAGGED, Aggregation.of(a -> a.filter(f -> f.term(t -> t
                .field(AppQuarterFields.FLAGGED).value(true)))));
        for (String field : PER_CHECK) {
            subs.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(CHECKS))));
        }
        if (!staleBuckets.isEmpty()) {
            subs.put(AppQuarterFields.DAYS_SINCE_UPDATE, Aggregation.of(a -> a.range(r -> r
                    .field(AppQuarterFields.DAYS_SINCE_UPDATE).ranges(staleBuckets.stream()
                            .map(b -> AggregationRange.of(x -> x.key(String.valueOf(b)).from(b.doubleValue())))
                            .toList()))));
        }
        SearchResponse<Void> r = es.client().search(s -> s.index(layout.appQuartersIndex()).size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(AppQuarterFields.QUARTER).value(quarter.toString())))
                        .filter(f -> f.term(t -> t.field(AppQuarterFields.AUDITED).value(true)))))
                .aggregations("stores", a -> a.terms(t -> t.field(AppQuarterFields.STORE).size(STORES))
                        .aggregations(subs)), Void.class);
        Map<String, Store> out = new TreeMap<>();
        for (StringTermsBucket b : r.aggregations().get("stores").sterms().buckets().array()) {
            Map<String, Map<String, Long>> perField = new HashMap<>();
            for (String field : PER_CHECK) {
                Map<String, Long> counts = new TreeMap<>();
                for (StringTermsBucket c : b.aggregations().get(field).sterms().buckets().array()) {
                    counts.put(c.key().stringValue(), c.docCount());
                }
                perField.put(field, counts);
            }
            Map<Integer, Long> stale = new TreeMap<>();
            Aggregate range = b.aggregations().get(AppQuarterFields.DAYS_SINCE_UPDATE);
            if (range != null) {
                for (RangeBucket rb : range.range().buckets().array()) {
                    stale.put(Integer.valueOf(rb.key()), rb.docCount());
                }
            }
            out.put(b.key().stringValue(), new Store(b.docCount(),
                    b.aggregations().get(AppQuarterFields.FLAGGED).filter().docCount(), perField, stale));
        }
        return out;
    }
}
