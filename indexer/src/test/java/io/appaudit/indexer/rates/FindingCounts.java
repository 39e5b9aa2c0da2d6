package io.appaudit.indexer.rates;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts a quarter's findings with composite aggregations: findings per store, check, status and informational
 * flag; and flagged apps (at least one problem) per store and per family.
 */
final class FindingCounts {

    private static final int PAGE = 1000;

    /** Findings of one store, check, status and kind. */
    record Key(String store, String check, String status, boolean informational) {
    }

    final Map<Key, Long> findings = new HashMap<>();
    /** Flagged apps per store, and per store and family ("tencent/R"). */
    final Map<String, Long> flaggedApps = new HashMap<>();
    final Map<String, Long> flaggedByFamily = new HashMap<>();

    private final ElasticConnection es;
    private final IndexLayout layout;

    FindingCounts(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    FindingCounts read(Quarter quarter) throws IOException {
        Query inQuarter = Query.of(q -> q.term(t -> t.field("quarter").value(quarter.toString())));
        pages(inQuarter, List.of("store", "check_id", "status", "informational"), Map.of(), b -> findings.merge(
                new Key(text(b, "store"), text(b, "check_id"), text(b, "status"), bool(b, "informational")),
                b.docCount(), Long::sum));
        Query problems = Query.of(q -> q.bool(x -> x.filter(inQuarter)
                .filter(f -> f.term(t -> t.field("informational").value(false)))
                .filter(f -> f.terms(t -> t.field("status").terms(v -> v.value(List.of(
                        FieldValue.of(FindingStatus.NEW.value()),
                        FieldValue.of(FindingStatus.PERSISTING.value()))))))));
        Map<String, Aggregation> families = Map.of("families",
                Aggregation.of(a -> a.terms(t -> t.field("family").size(8))));
        pages(problems, List.of("store", "package"), families, b -> {
            String store = text(b, "store");
            flaggedApps.merge(store, 1L, Long::sum);
            for (StringTermsBucket f : b.aggregations().get("families").sterms().buckets().array()) {
                flaggedByFamily.merge(store + "/" + f.key().stringValue(), 1L, Long::sum);
            }
        });
        return this;
    }

    long count(String store, String check, String status, boolean informational) {
        return findings.getOrDefault(new Key(store, check, status, informational), 0L);
    }

    Set<Key> keys() {
        return findings.keySet();
    }

    private void pages(Query query, List<String> fields, Map<String, Aggregation> subs,
                       Consumer<CompositeBucket> each) throws IOException {
        List<Map<String, CompositeAggregationSource>> sources = fields.stream()
                .map(f -> Map.of(f, CompositeAggregationSource.of(s -> s.terms(t -> t.field(f))))).toList();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> r = es.client().search(s -> s.index(layout.findingsIndex()).size(0).query(query)
                    .aggregations("c", a -> a.composite(c -> {
                        c.size(PAGE).sources(sources);
                        if (from != null) {
                            c.after(new LinkedHashMap<>(from));
                        }
                        return c;
                    }).aggregations(subs)), Void.class);
            CompositeAggregate c = r.aggregations().get("c").composite();
            c.buckets().array().forEach(each);
            if (c.buckets().array().size() < PAGE || c.afterKey() == null || c.afterKey().isEmpty()) {
                return;
            }
            after = c.afterKey();
        }
    }

    private static String text(CompositeBucket b, String field) {
        FieldValue v = b.key().get(field);
        return v.isString() ? v.stringValue() : String.valueOf(v._get());
    }

    private static boolean bool(CompositeBucket b, String field) {
        FieldValue v = b.key().get(field);
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.isLong() ? v.longValue() != 0 : "true".equals(text(b, field));
    }
}
