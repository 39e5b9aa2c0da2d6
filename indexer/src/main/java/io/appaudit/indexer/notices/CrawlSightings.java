package io.appaudit.indexer.notices;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.notices.Sighting.Presence;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The crawls' own listing snapshots of a few packages as sightings: a listed snapshot (list-only ones included) is
 * "listed", a not-listed one "gone"; a parse problem, which tells nothing, is not read. Look-ups' snapshots (indexed
 * without a quarter) are left out: {@code notice status} records those itself. Reads only what it needs, packages in
 * bounded batches of terms, paged with search_after.
 */
public final class CrawlSightings {

    /** One crawl's sighting of one package in one store. */
    public record Seen(StoreId store, String packageName, Sighting sighting) {
    }

    /** Packages per search: far under Elasticsearch's 65,536 terms, with room for each package's store ids. */
    private static final int PACKAGES_PER_SEARCH = 500;
    private static final int PAGE = 1000;
    /** Every field read: the names of {@link ListingDocument}'s index fields. */
    static final List<String> FIELDS = List.of(Fields.TIMESTAMP, Fields.SNAPSHOT_ID, Fields.RUN_ID, Fields.STORE,
            Fields.STORE_APP_ID, Fields.PACKAGE, Fields.OUTCOME, Fields.CHECKS_FAILED, Fields.CHECKS_PASSED);

    private final ElasticConnection es;
    private final IndexLayout layout;

    public CrawlSightings(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /** The crawls' sightings of these packages at or after {@code from}, in time order. */
    public List<Seen> read(Collection<String> packages, Instant from) throws IOException {
        List<String> all = packages.stream().distinct().sorted().toList();
        List<Seen> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PACKAGES_PER_SEARCH) {
            List<String> some = all.subList(i, Math.min(all.size(), i + PACKAGES_PER_SEARCH));
            out.addAll(sightings(some, storeIds(some), from));
        }
        out.sort(java.util.Comparator.comparing((Seen s) -> s.sighting().at()));
        return out;
    }

    /**
     * The store app ids under which the stores listed these packages, at any time: a not-listed snapshot carries its
     * store's id alone (Huawei's C-number, vivo's and OPPO's numbers; Tencent's and Xiaomi's are the package).
     */
    private Map<String, String> storeIds(List<String> packages) throws IOException {
        Map<String, String> out = new HashMap<>();
        packages.forEach(p -> StoreIdKey.all(p).forEach(k -> out.put(k, p)));
        List<Map<String, CompositeAggregationSource>> sources = List.of(
                Map.of(Fields.STORE, CompositeAggregationSource.of(s -> s.terms(t -> t.field(Fields.STORE)))),
                Map.of(Fields.STORE_APP_ID, CompositeAggregationSource.of(s -> s.terms(t -> t.field(Fields.STORE_APP_ID)))),
                Map.of(Fields.PACKAGE, CompositeAggregationSource.of(s -> s.terms(t -> t.field(Fields.PACKAGE)))));
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(values(packages)))))
                .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))));
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> r = es.client().search(s -> s.index(layout.listingsPattern()).ignoreUnavailable(true)
                    .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false)).query(query)
                    .aggregations("ids", a -> a.composite(c -> {
                        c.size(PAGE).sources(sources);
                        if (from != null) {
                            c.after(new LinkedHashMap<>(from));
                        }
                        return c;
                    })), Void.class);
            Optional<CompositeAggregate> page = Optional.ofNullable(r.aggregations().get("ids"))
                    .map(Aggregate::composite);
            List<CompositeBucket> buckets = page.map(p -> p.buckets().array()).orElse(List.of());
            for (CompositeBucket b : buckets) {
                out.put(StoreIdKey.of(text(b, Fields.STORE), text(b, Fields.STORE_APP_ID)), text(b, Fields.PACKAGE));
            }
            if (buckets.size() < PAGE || page.get().afterKey() == null || page.get().afterKey().isEmpty()) {
                return out;
            }
            after = page.get().afterKey();
        }
    }

    private List<Seen> sightings(List<String> packages, Map<String, String> byStoreId, Instant from)
            throws IOException {
        Set<String> ids = new HashSet<>(packages);
        byStoreId.keySet().forEach(k -> ids.add(StoreIdKey.appId(k)));
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.range(r -> r.date(d -> d.field(Fields.TIMESTAMP).gte(from.toString()))))
                .filter(f -> f.terms(t -> t.field(Fields.OUTCOME).terms(v -> v.value(List.of(
                        FieldValue.of(ListingOutcome.LISTED.value()),
                        FieldValue.of(ListingOutcome.NOT_LISTED.value()))))))
                // a look-up's snapshot has no quarter: notice status has recorded it already
                .filter(f -> f.exists(e -> e.field(Fields.QUARTER)))
                .filter(f -> f.bool(any -> any.minimumShouldMatch("1")
                        .should(s -> s.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(values(packages)))))
                        .should(s -> s.terms(t -> t.field(Fields.STORE_APP_ID).terms(v -> v.value(values(ids)))))))));
        List<Seen> out = new ArrayList<>();
        new SearchPager(es, PAGE).forEachHit(s -> s.index(layout.listingsPattern()).ignoreUnavailable(true)
                        .allowNoIndices(true).trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(FIELDS))).query(query)
                        .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))),
                ListingDocument.class, h -> seen(h.source(), byStoreId).ifPresent(out::add));
        return out;
    }

    private static Optional<Seen> seen(ListingDocument d, Map<String, String> byStoreId) {
        if (d == null || d.timestamp() == null || d.store() == null) {
            return Optional.empty();
        }
        Optional<StoreId> store = StoreId.find(d.store());
        Optional<String> pkg = Optional.ofNullable(d.packageName())
                .or(() -> Optional.ofNullable(d.storeAppId()).map(id -> byStoreId.get(StoreIdKey.of(d.store(), id))));
        if (store.isEmpty() || pkg.isEmpty()) {
            return Optional.empty();
        }
        Presence presence = d.outcome() == ListingOutcome.LISTED ? Presence.LISTED : Presence.GONE;
        return Optional.of(new Seen(store.get(), pkg.get(), new Sighting(d.timestamp(), presence,
                orEmpty(d.checksFailed()), orEmpty(d.checksPassed()), Optional.ofNullable(d.runId()))));
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static List<FieldValue> values(Collection<String> texts) {
        return texts.stream().map(FieldValue::of).toList();
    }

    private static String text(CompositeBucket b, String field) {
        FieldValue v = b.key().get(field);
        return v.isString() ? v.stringValue() : String.valueOf(v._get());
    }

    /** A store's app id within that store: {@code store NUL id}. */
    private static final class StoreIdKey {
        private StoreIdKey() {
        }

        static String of(String store, String appId) {
            return store + "\u0000" + appId;
        }

        /** The stores whose app id is the package itself (Tencent, Xiaomi), and harmless for the others. */
        static List<String> all(String pkg) {
            return java.util.Arrays.stream(StoreId.values()).map(s -> of(s.id(), pkg)).toList();
        }

        static String appId(String key) {
            return key.substring(key.indexOf('\u0000') + 1);
        }
    }
}
