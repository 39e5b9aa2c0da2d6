package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages over every package listed in a quarter, summarising each app (store and package) from its snapshots' doc
 * values ({@link AppFold}), never by loading their documents. Each page takes a bare composite over package names,
 * which Elasticsearch answers by walking its terms dictionary from the last page on (so a page costs the same at
 * the end of a million packages as at the start); then the doc values of that range's listed snapshots, sorted by
 * package, store and newest first (a sorted search over a narrow range costs what the range holds); then, with
 * evidence, the latest failing snapshot of each failed check by id. Summing per app in the tool was measured
 * against per-app sub-aggregations (BENCHMARKS.md, issue 16). Packages are handed on in batches with the range
 * they cover, so a consumer can reconcile exactly that range of the findings index, and with the address of each
 * app's latest snapshot, so that one can be read by id.
 */
public final class QuarterScan {

    /** How much each app's summary holds: counts for the rates, or also the latest snapshots for findings. */
    public enum Detail { COUNTS, EVIDENCE }

    /**
     * The packages of one page. {@code after} (exclusive) and {@code through} (inclusive) bound the package names
     * this batch covers; the first has no lower bound and the last no upper bound. {@code latest} holds where each
     * app's latest snapshot of the quarter is stored (newest, ties by snapshot id), to be read by id when needed.
     */
    public record Batch(Optional<String> after, Optional<String> through, List<PackageQuarter> packages,
                        Map<AppKey, SnapshotReads.Address> latest) {
    }

    /**
     * Packages per page: the apps whose summaries (and, with evidence, findings) are held at once (two pages while
     * the scan reads ahead). No bucket limit bounds it since the scan folds doc values; fewer, larger pages save
     * requests: a first check of 20,000 listings took 19.8 s with pages of 200, 13.1 s with 1,000, and 11.4 s with
     * 500 read one ahead, its heap below 512 MiB at 200,000 and 1,000,000 listings (BENCHMARKS.md, issue 16).
     */
    public static final int COUNTS_PAGE = 300;
    public static final int EVIDENCE_PAGE = 500;
    /** Snapshots per request. */
    private static final int HITS_PER_REQUEST = 5000;
    private static final Logger log = LoggerFactory.getLogger(QuarterScan.class);

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

    /**
     * Hands every package of the quarter to the consumer, batch by batch, in package order. The next batch is read
     * while the consumer works on this one (one batch ahead, on a thread of its own): Elasticsearch answers while
     * the tool evaluates, and no more than two batches are held at once.
     */
    public void scan(Quarter quarter, Consumer<Batch> consumer) throws IOException {
        List<String> indices = indices(quarter);
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quarter-scan-ahead");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Page> next = ahead.submit(() -> page(indices, quarter, Optional.empty()));
            while (true) {
                Page page = await(next);
                if (!page.last()) {
                    next = ahead.submit(() -> page(indices, quarter, page.batch().through()));
                }
                consumer.accept(page.batch());
                if (page.last()) {
                    return;
                }
            }
        } finally {
            ahead.shutdownNow();
        }
    }

    /** One batch of the scan; the last has fewer packages than a page. */
    private record Page(Batch batch, boolean last) {
    }

    private Page page(List<String> indices, Quarter quarter, Optional<String> after) throws IOException {
        List<String> names = packageNames(indices, after);
        boolean last = names.size() < packagesPerPage;
        Optional<String> through = last ? Optional.empty() : Optional.of(names.get(names.size() - 1));
        Batch batch = names.isEmpty() ? new Batch(after, through, List.of(), Map.of())
                : apps(indices, quarter, inRange(names.get(0), names.get(names.size() - 1)), after, through);
        return new Page(batch, last);
    }

    private static Page await(Future<Page> next) throws IOException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading the quarter's next packages");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** The apps of the named packages (at most a page of them), summarised, grouped by package. */
    public Batch packages(Quarter quarter, List<String> names) throws IOException {
        if (names.isEmpty()) {
            return new Batch(Optional.empty(), Optional.empty(), List.of(), Map.of());
        }
        if (names.size() > packagesPerPage) {
            throw new IllegalArgumentException("At most " + packagesPerPage + " packages at a time: " + names.size());
        }
        return apps(indices(quarter), quarter, named(names), Optional.empty(), Optional.empty());
    }

    /**
     * Hands each listed snapshot of the quarter that also matches {@code filter} to {@code each} as the given doc
     * values, page of package names by page: sorted by package and store, each app's newest first (ties by snapshot
     * id). The hit's sort values start with its package and store.
     */
    public void forEachSnapshot(Quarter quarter, Optional<Query> filter, List<FieldAndFormat> fields,
                                Consumer<Hit<Void>> each) throws IOException {
        List<String> indices = indices(quarter);
        Optional<String> after = Optional.empty();
        while (true) {
            List<String> names = packageNames(indices, after);
            if (!names.isEmpty()) {
                snapshots(indices, quarter, filtered(inRange(names.get(0), names.get(names.size() - 1)), filter),
                        fields, each);
            }
            if (names.size() < packagesPerPage) {
                return;
            }
            after = Optional.of(names.get(names.size() - 1));
        }
    }

    /** As {@link #forEachSnapshot(Quarter, Optional, List, Consumer)}, for the named packages only. */
    public void forEachSnapshot(Quarter quarter, List<String> packages, Optional<Query> filter,
                                List<FieldAndFormat> fields, Consumer<Hit<Void>> each) throws IOException {
        for (int i = 0; i < packages.size(); i += packagesPerPage) {
            snapshots(indices(quarter), quarter, filtered(named(packages.subList(i, Math.min(packages.size(),
                    i + packagesPerPage))), filter), fields, each);
        }
    }

    private static Query filtered(Query packages, Optional<Query> filter) {
        return filter.map(f -> Query.of(q -> q.bool(b -> b.filter(packages).filter(f)))).orElse(packages);
    }

    private static Query named(List<String> names) {
        return Query.of(q -> q.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(names.stream()
                .map(FieldValue::of).toList()))));
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
                    c.size(packagesPerPage).sources(List.of(Map.of(Fields.PACKAGE,
                            CompositeAggregationSource.of(x -> x.terms(t -> t.field(Fields.PACKAGE))))));
                    after.ifPresent(p -> c.after(Map.of(Fields.PACKAGE, FieldValue.of(p))));
                    return c;
                })), Void.class);
        return Optional.ofNullable(r.aggregations().get("packages")).map(Aggregate::composite)
                .map(c -> c.buckets().array().stream().map(b -> b.key().get(Fields.PACKAGE).stringValue()).toList())
                .orElse(List.of());
    }

    /** The apps of a range of packages, summarised, grouped by package. */
    private static Query inRange(String first, String last) {
        return Query.of(q -> q.range(r -> r.term(t -> t.field(Fields.PACKAGE).gte(first).lte(last))));
    }

    private Batch apps(List<String> indices, Quarter quarter, Query packages, Optional<String> after,
                       Optional<String> through) throws IOException {
        boolean evidence = detail == Detail.EVIDENCE;
        List<AppFold> folds = new ArrayList<>();
        AppFold[] current = new AppFold[1];
        String[] skipped = new String[1];
        snapshots(indices, quarter, packages, AppFold.DOC_VALUES, h -> {
            String pkg = h.sort().get(0).stringValue();
            String storeText = h.sort().get(1).stringValue();
            AppFold app = current[0];
            if (app == null || !app.packageName().equals(pkg) || !app.store().id().equals(storeText)) {
                Optional<StoreId> store = StoreId.find(storeText);
                if (store.isEmpty()) {
                    if (!(pkg + "/" + storeText).equals(skipped[0])) {
                        log.warn("Skipping listings of unknown store '{}' (package {})", storeText, pkg);
                    }
                    skipped[0] = pkg + "/" + storeText;
                    current[0] = null;
                    return;
                }
                app = new AppFold(store.get(), pkg, evidence);
                folds.add(app);
                current[0] = app;
            }
            app.add(h.index(), h.id(), h.fields());
        });
        Map<SnapshotReads.Address, ListingDocument> failing = evidence ? SnapshotReads.read(es, folds.stream()
                .flatMap(f -> f.failures().values().stream().map(AppFold.Failure::at)).toList()) : Map.of();
        Map<String, List<AppQuarter>> byPackage = new LinkedHashMap<>();
        Map<AppKey, SnapshotReads.Address> latest = new HashMap<>();
        for (AppFold f : folds) {
            byPackage.computeIfAbsent(f.packageName(), k -> new ArrayList<>())
                    .add(f.build(failure -> Optional.ofNullable(failing.get(failure.at()))));
            latest.put(new AppKey(f.store(), f.packageName()), f.newest());
        }
        List<PackageQuarter> out = new ArrayList<>();
        byPackage.forEach((pkg, apps) -> out.add(new PackageQuarter(pkg, apps)));
        return new Batch(after, through, out, latest);
    }

    /** The listed snapshots of the quarter matching {@code packages}: package, store, newest first. */
    private void snapshots(List<String> indices, Quarter quarter, Query packages, List<FieldAndFormat> fields,
                           Consumer<Hit<Void>> each) throws IOException {
        Query listed = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))
                .filter(packages)));
        new SearchPager(es, HITS_PER_REQUEST).forEachHit(s -> s.index(indices).ignoreUnavailable(true)
                .allowNoIndices(true).trackTotalHits(t -> t.enabled(false)).query(listed)
                .source(src -> src.fetch(false)).docvalueFields(fields)
                .sort(o -> o.field(f -> f.field(Fields.PACKAGE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(Fields.STORE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), Void.class, each);
    }
}
