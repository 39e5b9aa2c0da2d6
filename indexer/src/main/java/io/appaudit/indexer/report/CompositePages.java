package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Pages through a composite aggregation over terms, handing on each bucket; memory holds one page. */
final class CompositePages {

    /** Buckets per page: with a sub-aggregation or two, well under the 65,536 buckets a search may return. */
    private static final int PAGE = 2000;

    private final ElasticConnection es;

    CompositePages(ElasticConnection es) {
        this.es = es;
    }

    void forEach(List<String> indices, Query query, List<String> fields, Map<String, Aggregation> subs,
                 Consumer<CompositeBucket> each) throws IOException {
        List<Map<String, CompositeAggregationSource>> sources = fields.stream()
                .map(f -> Map.of(f, CompositeAggregationSource.of(s -> s.terms(t -> t.field(f))))).toList();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> r = es.client().search(s -> s.index(indices).ignoreUnavailable(true)
                    .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false)).query(query)
                    .aggregations("c", a -> a.composite(c -> {
                        c.size(PAGE).sources(sources);
                        if (from != null) {
                            c.after(new LinkedHashMap<>(from));
                        }
                        return c;
                    }).aggregations(subs)), Void.class);
            Optional<CompositeAggregate> page = Optional.ofNullable(r.aggregations().get("c")).map(Aggregate::composite);
            List<CompositeBucket> buckets = page.map(p -> p.buckets().array()).orElse(List.of());
            buckets.forEach(each);
            if (buckets.size() < PAGE || page.get().afterKey() == null || page.get().afterKey().isEmpty()) {
                return;
            }
            after = page.get().afterKey();
        }
    }

    /** A bucket's key as text. */
    static String key(CompositeBucket b, String field) {
        FieldValue v = b.key().get(field);
        return v.isString() ? v.stringValue() : String.valueOf(v._get());
    }
}
