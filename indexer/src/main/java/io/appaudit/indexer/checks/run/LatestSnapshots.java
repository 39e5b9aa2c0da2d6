package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The latest listed snapshot of a quarter for a few apps (those with a finding that needs evidence): one search per
 * store, collapsed on the package, newest first (ties broken by snapshot id, so a re-run picks the same one).
 */
final class LatestSnapshots {

    private final ElasticConnection es;
    private final IndexLayout layout;

    LatestSnapshots(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    Map<AppKey, ListingDocument> read(Quarter quarter, Collection<AppKey> apps) throws IOException {
        Map<AppKey, ListingDocument> out = new HashMap<>();
        Map<StoreId, List<String>> byStore = apps.stream().collect(Collectors.groupingBy(AppKey::store,
                Collectors.mapping(AppKey::packageName, Collectors.toList())));
        for (Map.Entry<StoreId, List<String>> e : byStore.entrySet()) {
            List<FieldValue> packages = e.getValue().stream().distinct().map(FieldValue::of).toList();
            SearchResponse<ListingDocument> r = es.client().search(s -> s.index(layout.listingsPattern())
                    .ignoreUnavailable(true).allowNoIndices(true).size(packages.size())
                    .source(src -> src.filter(f -> f.excludes("related")))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                            .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))
                            .filter(f -> f.term(t -> t.field(Fields.STORE).value(e.getKey().id())))
                            .filter(f -> f.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(packages))))))
                    .collapse(c -> c.field(Fields.PACKAGE))
                    .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), ListingDocument.class);
            for (Hit<ListingDocument> h : r.hits().hits()) {
                if (h.source() != null) {
                    out.put(new AppKey(e.getKey(), h.source().packageName()), h.source());
                }
            }
        }
        return out;
    }
}
