package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages with a snapshot of the quarter crawled after a given time (the latest one the last check saw): the
 * only ones whose apps, cross-store groups or probe histories can have changed when every new snapshot is newer.
 */
final class ChangedPackages {

    private static final int PAGE = 1000;

    /** Package names in order, and how many snapshots are newer. */
    record Changed(List<String> packages, long snapshots) {
    }

    private final ElasticConnection es;
    private final IndexLayout layout;

    ChangedPackages(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    Changed since(Quarter quarter, Instant after) throws IOException {
        List<String> out = new ArrayList<>();
        long snapshots = 0;
        Map<String, FieldValue> from = null;
        while (true) {
            Map<String, FieldValue> page = from;
            SearchResponse<Void> r = es.client().search(s -> s.index(layout.listingsIndices(quarter))
                    .ignoreUnavailable(true).allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                            .filter(f -> f.range(g -> g.date(d -> d.field(Fields.TIMESTAMP)
                                    .gt(String.valueOf(after.toEpochMilli())).format("epoch_millis"))))))
                    .aggregations("packages", a -> a.composite(c -> {
                        c.size(PAGE).sources(List.of(Map.of("package",
                                CompositeAggregationSource.of(x -> x.terms(t -> t.field(Fields.PACKAGE))))));
                        if (page != null) {
                            c.after(new LinkedHashMap<>(page));
                        }
                        return c;
                    })), Void.class);
            CompositeAggregate c = r.aggregations().get("packages").composite();
            for (CompositeBucket b : c.buckets().array()) {
                out.add(b.key().get("package").stringValue());
                snapshots += b.docCount();
            }
            if (c.buckets().array().size() < PAGE || c.afterKey() == null || c.afterKey().isEmpty()) {
                return new Changed(out, snapshots);
            }
            from = c.afterKey();
        }
    }
}
