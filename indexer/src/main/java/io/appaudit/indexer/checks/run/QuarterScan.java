package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pages over every package listed in a quarter with composite aggregations, summarising each app (store and
 * package) by sub-aggregations ({@link AppBuckets}), never by loading its snapshots. Each page takes two requests:
 * a bare composite over package names, which Elasticsearch answers by walking its terms dictionary from the last
 * page on (so a page costs the same at the end of a million packages as at the start); then a composite over
 * package and store, with the sub-aggregations, restricted to that page's range of packages. Packages are handed on
 * in batches with the range they cover, so a consumer can reconcile exactly that range of the findings index.
 */
public final class QuarterScan {

    /** How much each app's summary holds: counts for the rates, or also the latest snapshots for findings. */
    public enum Detail { COUNTS, EVIDENCE }

    /**
     * The packages of one page. {@code after} (exclusive) and {@code through} (inclusive) bound the package names
     * this batch covers; the first has no lower bound and the last no upper bound.
     */
    public record Batch(Optional<String> after, Optional<String> through, List<PackageQuarter> packages) {
    }

    /** Packages per page, so that a page's buckets (five stores, sub-buckets included) stay under 65,536. */
    public static final int COUNTS_PAGE = 300;
    public static final int EVIDENCE_PAGE = 200;
    /** A crawl run is indexed by the month it started in; one started up to this long before the quarter counts. */

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final Detail detail;
    private final int packagesPerPage;

    public QuarterScan(ElasticConnection es, IndexLayout layout, Detail detail, int packagesPerPage) {
        if (packagesPerPage < 1) {
            throw new IllegalArgumentException("A page needs at least one package: " + packagesPerPage);
        }
        this.es = es;
        this.layout = layout;
        this.detail = detail;
        this.packagesPerPage = packagesPerPage;
    }

    public QuarterScan(ElasticConnection es, IndexLayout layout, Detail detail) {
        this(es, layout, detail, detail == Detail.COUNTS ? COUNTS_PAGE : EVIDENCE_PAGE);
    }

    /** Hands every package of the quarter to the consumer, batch by batch, in package order. */
    public void scan(Quarter quarter, Consumer<Batch> consumer) throws IOException {
        List<String> indices = indices(quarter);
        Map<String, Aggregation> subs = AppBuckets.aggregations(detail);
        Optional<String> after = Optional.empty();
        while (true) {
            List<String> names = packageNames(indices, after);
            boolean last = names.size() < packagesPerPage;
            Optional<String> through = last ? Optional.empty() : Optional.of(names.get(names.size() - 1));
            List<PackageQuarter> packages = names.isEmpty() ? List.of()
                    : apps(indices, quarter, inRange(names.get(0), names.get(names.size() - 1)), subs);
            consumer.accept(new Batch(after, through, packages));
            if (last) {
                return;
            }
            after = through;
        }
    }

    /** The apps of the named packages (at most a page of them), summarised, grouped by package. */
    public List<PackageQuarter> packages(Quarter quarter, List<String> names) throws IOException {
        if (names.isEmpty()) {
            return List.of();
        }
        if (names.size() > packagesPerPage) {
            throw new IllegalArgumentException("At most " + packagesPerPage + " packages at a time: " + names.size());
        }
        Query only = Query.of(q -> q.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(names.stream()
                .map(FieldValue::of).toList()))));
        return apps(indices(quarter), quarter, only, AppBuckets.aggregations(detail));
    }

    /** The monthly listings indices that can hold the quarter's snapshots. */
    List<String> indices(Quarter quarter) {
        return layout.listingsIndices(quarter);
    }

    /** The next page of package names: no query, so Elasticsearch walks the terms dictionary from {@code after}. */
    private List<String> packageNames(List<String> indices, Optional<String> after) throws IOException {
        SearchResponse<Void> r = es.client().search(s -> s.index(indices).ignoreUnavailable(true)
                .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false))
                .aggregations("packages", a -> a.composite(c -> {
                    c.size(packagesPerPage).sources(List.of(Map.of("package",
                            CompositeAggregationSource.of(x -> x.terms(t -> t.field(Fields.PACKAGE))))));
                    after.ifPresent(p -> c.after(Map.of("package", FieldValue.of(p))));
                    return c;
                })), Void.class);
        return Optional.ofNullable(r.aggregations().get("packages")).map(Aggregate::composite)
                .map(c -> c.buckets().array().stream().map(b -> b.key().get("package").stringValue()).toList())
                .orElse(List.of());
    }

    /** The apps of a range of packages, summarised, grouped by package. */
    private static Query inRange(String first, String last) {
        return Query.of(q -> q.range(r -> r.term(t -> t.field(Fields.PACKAGE).gte(first).lte(last))));
    }

    private List<PackageQuarter> apps(List<String> indices, Quarter quarter, Query packages,
                                      Map<String, Aggregation> subs) throws IOException {
        Query inRange = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingDocument.LISTED)))
                .filter(packages)));
        int size = packagesPerPage * StoreId.values().length;
        Map<String, List<AppQuarter>> byPackage = new LinkedHashMap<>();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> r = es.client().search(s -> s.index(indices).ignoreUnavailable(true)
                    .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false)).query(inRange)
                    .aggregations("apps", a -> a.composite(c -> {
                        c.size(size).sources(List.of(
                                Map.of("package", CompositeAggregationSource.of(x -> x.terms(t -> t.field(Fields.PACKAGE)))),
                                Map.of("store", CompositeAggregationSource.of(x -> x.terms(t -> t.field(Fields.STORE))))));
                        if (from != null) {
                            c.after(new LinkedHashMap<>(from));
                        }
                        return c;
                    }).aggregations(subs)), Void.class);
            Optional<CompositeAggregate> page = Optional.ofNullable(r.aggregations().get("apps"))
                    .map(Aggregate::composite);
            List<CompositeBucket> buckets = page.map(p -> p.buckets().array()).orElse(List.of());
            for (CompositeBucket b : buckets) {
                AppBuckets.read(b, detail).ifPresent(app -> byPackage
                        .computeIfAbsent(app.packageName(), k -> new ArrayList<>()).add(app));
            }
            // More buckets than five stores per package only with store ids this version does not know.
            if (buckets.size() < size || page.get().afterKey().isEmpty()) {
                break;
            }
            after = page.get().afterKey();
        }
        List<PackageQuarter> out = new ArrayList<>();
        byPackage.forEach((pkg, apps) -> out.add(new PackageQuarter(pkg, apps)));
        return out;
    }
}
