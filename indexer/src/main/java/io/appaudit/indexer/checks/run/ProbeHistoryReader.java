package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the probed snapshots of a few apps (those whose failures may be a finding), newest first, with only the
 * fields the history checks and their evidence need.
 */
final class ProbeHistoryReader {

    private static final int PAGE = 1000;
    private static final List<String> FIELDS = List.of("@timestamp", "snapshot_id", "store", "package", "store_app_id",
            "name", "developer", "outcome", "probes", "privacy_policy_url", "website", "evidence", "source_url",
            "version_name", "version_code");

    private final ElasticConnection es;
    private final IndexLayout layout;

    ProbeHistoryReader(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    Map<AppKey, List<ListingDocument>> read(Quarter quarter, Collection<AppKey> apps) throws IOException {
        Map<AppKey, List<ListingDocument>> out = new HashMap<>();
        if (apps.isEmpty()) {
            return out;
        }
        Map<StoreId, List<String>> byStore = apps.stream().collect(Collectors.groupingBy(AppKey::store,
                Collectors.mapping(AppKey::packageName, Collectors.toList())));
        List<Query> perStore = new ArrayList<>();
        byStore.forEach((store, pkgs) -> perStore.add(Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(Fields.STORE).value(store.id())))
                .filter(f -> f.terms(t -> t.field(Fields.PACKAGE)
                        .terms(v -> v.value(pkgs.stream().map(FieldValue::of).toList()))))))));
        new SearchPager(es, PAGE).forEachHit(s -> s.index(layout.listingsPattern()).ignoreUnavailable(true)
                .allowNoIndices(true)
                .source(src -> src.filter(f -> f.includes(FIELDS)))
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                        .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))
                        .filter(f -> f.exists(e -> e.field("probes.kind")))
                        .filter(f -> f.bool(any -> any.should(perStore).minimumShouldMatch("1")))))
                .sort(o -> o.field(f -> f.field(Fields.PACKAGE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(Fields.STORE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), ListingDocument.class, h -> {
            ListingDocument d = h.source();
            if (d != null) {
                StoreId store = StoreId.of(d.store());
                out.computeIfAbsent(new AppKey(store, d.packageName()), k -> new ArrayList<>()).add(d);
            }
        });
        return out;
    }
}
