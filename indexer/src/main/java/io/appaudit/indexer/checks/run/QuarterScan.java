package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pages over every app listed in a quarter with one composite aggregation keyed by package then store, so each
 * package's stores arrive together; each app is summarised by sub-aggregations ({@link AppBuckets}), never by
 * loading its snapshots. Packages are handed on in batches, each with the package range it covers, so that a
 * consumer can reconcile exactly that range of the findings index.
 */
public final class QuarterScan {

    /** How much each app's summary holds: counts for the rates, or also the latest snapshots for findings. */
    public enum Detail { COUNTS, EVIDENCE }

    /**
     * Complete packages of one page. {@code after} (exclusive) and {@code through} (inclusive) bound the package
     * names this batch covers; the last batch has no upper bound.
     */
    public record Batch(Optional<String> after, Optional<String> through, List<PackageQuarter> packages) {
    }

    /** Pages are kept under the cluster's default of 65,536 buckets per search, sub-buckets included. */
    public static final int COUNTS_PAGE = 1000;
    public static final int EVIDENCE_PAGE = 300;

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final Detail detail;
    private final int pageSize;

    public QuarterScan(ElasticConnection es, IndexLayout layout, Detail detail, int pageSize) {
        if (pageSize < 6) {
            throw new IllegalArgumentException("A page must hold more than one package's five stores: " + pageSize);
        }
        this.es = es;
        this.layout = layout;
        this.detail = detail;
        this.pageSize = pageSize;
    }

    public QuarterScan(ElasticConnection es, IndexLayout layout, Detail detail) {
        this(es, layout, detail, detail == Detail.COUNTS ? COUNTS_PAGE : EVIDENCE_PAGE);
    }

    /** Hands every complete package of the quarter to the consumer, batch by batch, in package order. */
    public void scan(Quarter quarter, Consumer<Batch> consumer) throws IOException {
        Map<String, Aggregation> subs = AppBuckets.aggregations(detail);
        Map<String, FieldValue> after = null;
        Optional<String> lower = Optional.empty();
        List<AppQuarter> pending = new ArrayList<>();
        while (true) {
            Optional<CompositeAggregate> page = page(quarter, subs, after);
            List<CompositeBucket> buckets = page.map(p -> p.buckets().array()).orElse(List.of());
            List<PackageQuarter> complete = new ArrayList<>();
            for (CompositeBucket b : buckets) {
                Optional<AppQuarter> app = AppBuckets.read(b, detail);
                if (app.isEmpty()) {
                    continue;
                }
                if (!pending.isEmpty() && !pending.get(0).packageName().equals(app.get().packageName())) {
                    complete.add(new PackageQuarter(pending.get(0).packageName(), pending));
                    pending = new ArrayList<>();
                }
                pending.add(app.get());
            }
            Map<String, FieldValue> next = page.map(CompositeAggregate::afterKey).orElse(Map.of());
            if (buckets.size() < pageSize || next.isEmpty()) {
                if (!pending.isEmpty()) {
                    complete.add(new PackageQuarter(pending.get(0).packageName(), pending));
                }
                consumer.accept(new Batch(lower, Optional.empty(), complete));
                return;
            }
            if (!complete.isEmpty()) {
                Optional<String> through = Optional.of(complete.get(complete.size() - 1).packageName());
                consumer.accept(new Batch(lower, through, complete));
                lower = through;
            }
            after = next;
        }
    }

    private Optional<CompositeAggregate> page(Quarter quarter, Map<String, Aggregation> subs, Map<String, FieldValue> after)
            throws IOException {
        Map<String, CompositeAggregationSource> pkg = Map.of("package",
                CompositeAggregationSource.of(s -> s.terms(t -> t.field("package"))));
        Map<String, CompositeAggregationSource> store = Map.of("store",
                CompositeAggregationSource.of(s -> s.terms(t -> t.field("store"))));
        SearchResponse<Void> r = es.client().search(s -> s
                .index(layout.listingsPattern())
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(0)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("quarter").value(quarter.toString())))
                        .filter(f -> f.term(t -> t.field("outcome").value(ListingDocument.LISTED)))))
                .aggregations("apps", a -> a
                        .composite(c -> {
                            c.size(pageSize).sources(List.of(pkg, store));
                            if (after != null) {
                                c.after(new LinkedHashMap<>(after));
                            }
                            return c;
                        })
                        .aggregations(subs)), Void.class);
        // No listings index at all: no aggregation in the reply, and nothing to scan.
        return Optional.ofNullable(r.aggregations().get("apps")).map(Aggregate::composite);
    }
}
