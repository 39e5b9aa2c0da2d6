package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportData.AgeBucket;
import io.appaudit.indexer.report.ReportData.UpdateAge;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audited apps of a quarter (distinct store and package with a listed snapshot, as the rates count them), read
 * page by page with a composite aggregation: how many per store, and by the largest days since their last update.
 */
final class ListedApps {

    /** The composite key of one app: its store and package. */
    static final List<String> APP_KEY = List.of(Fields.STORE, Fields.PACKAGE);

    /** A crawl run is indexed by the month it started in; one started up to this long before the quarter counts. */

    private final IndexLayout layout;
    private final CompositePages pages;

    ListedApps(ElasticConnection es, IndexLayout layout) {
        this.layout = layout;
        this.pages = new CompositePages(es);
    }

    /** Audited apps per store. */
    Map<StoreId, Long> audited(Quarter quarter) throws IOException {
        Map<StoreId, Long> out = new EnumMap<>(StoreId.class);
        pages.forEach(indices(quarter), listed(quarter), APP_KEY, Map.of(),
                b -> store(b).ifPresent(s -> out.merge(s, 1L, Long::sum)));
        return out;
    }

    /** Per store, audited apps by days since update: below the first bound, between bounds, from the last on. */
    List<UpdateAge> ages(Quarter quarter, List<Integer> bounds) throws IOException {
        List<Integer> sorted = bounds.stream().sorted().distinct().toList();
        Map<StoreId, long[]> counts = new EnumMap<>(StoreId.class);
        Map<StoreId, Long> audited = new EnumMap<>(StoreId.class);
        // The client reads a max over no values as 0, so the count of values tells an app without an update date.
        Map<String, Aggregation> subs = Map.of("days", Aggregation.of(a -> a.max(m -> m.field(Fields.DAYS_SINCE_UPDATE))),
                "dated", Aggregation.of(a -> a.valueCount(v -> v.field(Fields.DAYS_SINCE_UPDATE))));
        pages.forEach(indices(quarter), listed(quarter), APP_KEY, subs, b -> store(b).ifPresent(s -> {
            audited.merge(s, 1L, Long::sum);
            double days = b.aggregations().get("days").max().value();
            if (b.aggregations().get("dated").valueCount().value() > 0) {
                long[] c = counts.computeIfAbsent(s, k -> new long[sorted.size() + 1]);
                int i = 0;
                while (i < sorted.size() && days >= sorted.get(i)) {
                    i++;
                }
                c[i]++;
            }
        }));
        List<UpdateAge> out = new ArrayList<>();
        audited.forEach((s, n) -> {
            long[] c = counts.getOrDefault(s, new long[sorted.size() + 1]);
            List<AgeBucket> buckets = new ArrayList<>();
            long known = 0;
            for (int i = 0; i <= sorted.size(); i++) {
                buckets.add(new AgeBucket(i == 0 ? 0 : sorted.get(i - 1), i < sorted.size() ? sorted.get(i) : null,
                        c[i]));
                known += c[i];
            }
            out.add(new UpdateAge(s.id(), s.displayName(), n, buckets, n - known));
        });
        return out;
    }

    static Query listed(Quarter quarter) {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))));
    }

    /** A bucket's store, when it is one of ours (the rates skip others too). */
    private static Optional<StoreId> store(CompositeBucket b) {
        String id = CompositePages.key(b, Fields.STORE);
        for (StoreId s : StoreId.values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The monthly listings indices that can hold the quarter's snapshots. */
    List<String> indices(Quarter quarter) {
        return layout.listingsIndices(quarter);
    }
}
