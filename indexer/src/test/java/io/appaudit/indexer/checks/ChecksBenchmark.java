package io.appaudit.indexer.checks;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.AppQuarterDocument;
import io.appaudit.indexer.checks.run.AppQuarterFields;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.node.EmbeddedNode;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.indexer.rates.ScanRates;
import io.appaudit.stores.Hash;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;

/**
 * Issue 5's benchmark: N synthetic listing snapshots (default 1,000,000; 250,000 packages in four stores each,
 * with planted problems) bulk-indexed into an embedded node, then the time and the tool's peak heap of
 * {@code check} (writing the findings and app-quarter documents; again with nothing changed; after one store's
 * re-crawl of 5 % of its apps; with {@code --reevaluate}) and of {@code rates} (from the app-quarter index, and the
 * previous way as a reference), against a baseline measured in the same run: one bare composite aggregation paging
 * over every app (the best of three passes). Floors, also in the same run: the app-quarter documents read back, copied
 * through {@link BulkSink}, and written by Elasticsearch alone from prepared bulk bodies (whole, and cut to store,
 * package and quarter). Run it with
 * {@code bench/checks.sh} (the tool's JVM gets {@code -Xmx512m}).
 */
public final class ChecksBenchmark {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static final Instant BASE = Instant.parse("2026-11-02T00:00:00Z");
    private static final int RAW_CHUNK = 5000;

    private ChecksBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path home = Path.of(args.length > 1 ? args[1] : "/tmp/appaudit-bench/elasticsearch");
        Optional<URI> given = args.length > 2 ? Optional.of(URI.create(args[2])) : Optional.empty();
        ElasticConfig.EmbeddedSettings settings = new ElasticConfig.EmbeddedSettings(home, "8.19.21", 0, "512m",
                URI.create("https://repo1.maven.org/maven2"), "appaudit-es", Duration.ofMinutes(5));
        EmbeddedNode node = new EmbeddedNode(settings);
        URI url = given.orElseGet(() -> node.start(false).url());
        System.out.printf("appaudit checks benchmark: %,d listings, node %s (%s), tool heap limit %d MiB, %d cores%n",
                n, url, given.isPresent() ? "given" : "embedded, heap 512m", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        // Built here, not by TestElasticsearch.config, which would start the tests' own node when none is given.
        ElasticConfig config = new ElasticConfig(List.of(url), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "bench-checks-" + ProcessHandle.current().pid(), Duration.ofSeconds(10),
                Duration.ofMinutes(5), settings, ShippedDefaults.ingest());
        // Each figure is also printed as it is measured: on a busy machine a long run may be cut short.
        Map<String, String> figures = new LinkedHashMap<>() {
            @Override
            public String put(String key, String value) {
                System.out.printf("  measured: %-45s %s%n", key, value);
                return super.put(key, value);
            }
        };
        try (ElasticConnection es = ElasticConnection.open(config)) {
            IndexLayout layout = new IndexLayout(config.indexPrefix());
            layout.install(es);
            Path files = Files.createTempDirectory("appaudit-bench-files");
            ListingChecks checks = ListingChecks.of(Corpus.context(files));
            try (var list = Files.list(files)) {
                for (Path f : list.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(files);
            resetPeaks();
            long t = System.nanoTime();
            long indexed = ingest(es, layout, checks, n);
            figures.put("ingest (generate, listing checks, bulk)", seconds(t) + ", " + indexed + " listings");
            es.client().indices().refresh(r -> r.index(layout.listingsPattern()));
            es.client().indices().forcemerge(f -> f.index(layout.listingsPattern()).maxNumSegments(1L));

            resetPeaks();
            long apps = 0;
            double[] passes = new double[3];
            for (int k = 0; k < passes.length; k++) {
                t = System.nanoTime();
                apps = bareScan(es, layout);
                passes[k] = (System.nanoTime() - t) / 1e9;
            }
            // The best of three passes: the first one also pays for the freshly merged segments' cold caches.
            double baseline = Arrays.stream(passes).min().orElseThrow();
            figures.put("baseline: bare composite over every package", fmt(baseline) + ", the best of "
                    + Arrays.stream(passes).mapToObj(ChecksBenchmark::fmt).toList() + " (" + apps + " packages) "
                    + peak());

            double full = 0;
            for (String run : List.of("check, first run (writes findings)", "check, second run (changes nothing)")) {
                resetPeaks();
                t = System.nanoTime();
                CheckRun.Summary s = new CheckRun(es, layout, checks).run(Q, false);
                double secs = (System.nanoTime() - t) / 1e9;
                full = full == 0 ? secs : full;
                figures.put(run, fmt(secs) + " = " + ratio(secs, baseline) + " × baseline; " + summary(s) + peak());
            }
            double[] floor = copyAppQuarters(es, layout);
            figures.put("floor: reading the app-quarter docs back", fmt(floor[0]) + " = " + ratio(floor[0], baseline)
                    + " × baseline; " + (long) floor[2] + " documents");
            figures.put("floor: reading them and writing a copy", fmt(floor[1]) + " = " + ratio(floor[1], baseline)
                    + " × baseline = " + ratio(floor[1] * 100, full) + " % of the first check (the same BulkSink, "
                    + "an index of the same mapping: what its app-quarter writes cost the first check at the least)");
            double[] raw = rawWrites(es, layout);
            figures.put("floor: Elasticsearch alone writing them", fmt(raw[0]) + " = " + ratio(raw[0], baseline)
                    + " × baseline (bulk bodies prepared beforehand, two requests in flight, no tool work)");
            figures.put("floor: ... with store, package, quarter only", fmt(raw[1]) + " = " + ratio(raw[1], baseline)
                    + " × baseline (the least any one-document-per-app index costs to write)");
            rates(figures, "rates (one aggregation over the app-quarter index)", baseline,
                    () -> new RatesService(es, layout, checks.context()).compute(Q));
            rates(figures, "rates the previous way (scan + findings; reference)", baseline,
                    () -> new ScanRates(es, layout, checks.context()).compute(Q));

            long recrawled = recrawl(es, layout, checks, n);
            resetPeaks();
            t = System.nanoTime();
            CheckRun.Summary inc = new CheckRun(es, layout, checks).run(Q, false);
            double secs = (System.nanoTime() - t) / 1e9;
            figures.put("check after tencent re-crawled 5 % of its apps", fmt(secs) + " = " + ratio(secs, baseline)
                    + " × baseline = " + ratio(secs * 100, full) + " % of the first check; " + recrawled
                    + " new snapshots; " + summary(inc) + peak());
            rates(figures, "rates after that check", baseline,
                    () -> new RatesService(es, layout, checks.context()).compute(Q));
            resetPeaks();
            t = System.nanoTime();
            CheckRun.Summary all = new CheckRun(es, layout, checks).run(Q, true);
            secs = (System.nanoTime() - t) / 1e9;
            figures.put("check --reevaluate (every app again)", fmt(secs) + " = " + ratio(secs, baseline)
                    + " × baseline; " + summary(all) + peak());
            figures.put("process peak RSS (VmHWM)", vmHwm());
            if (!Boolean.getBoolean("bench.keep")) {
                TestElasticsearch.cleanUp(es);
            } else {
                System.out.println("Kept the indices of prefix " + config.indexPrefix());
            }
        } finally {
            if (given.isEmpty()) {
                node.stop();
            }
        }
        figures.forEach((k, v) -> System.out.printf("%-45s %s%n", k, v));
        System.out.println("Reproduce: bench/checks.sh " + n);
    }

    /** What a timed computation of the rates returns. */
    private interface RatesCall {
        QuarterRates compute() throws IOException;
    }

    private static void rates(Map<String, String> figures, String name, double baseline, RatesCall call)
            throws IOException {
        resetPeaks();
        long t = System.nanoTime();
        QuarterRates rates = call.compute();
        double secs = (System.nanoTime() - t) / 1e9;
        figures.put(name, fmt(secs) + " = " + ratio(secs, baseline) + " × baseline; audited "
                + rates.totals().audited() + ", flagged " + rates.totals().flagged().k() + "; " + peak());
    }

    private static String summary(CheckRun.Summary s) {
        return "looked at " + s.lookedAt() + " of " + s.apps() + " apps, "
                + s.problemsByCheck().values().stream().mapToLong(Long::longValue).sum() + " problems, "
                + s.informational() + " informational; written " + s.written() + ", unchanged " + s.unchanged()
                + "; ";
    }

    /**
     * One store's re-crawl of 5 % of its apps: a second snapshot a week later (run-2) of every twentieth package
     * tencent lists, some of them now with inducing words. Returns the snapshots indexed.
     */
    private static long recrawl(ElasticConnection es, IndexLayout layout, ListingChecks checks, int n) {
        String index = layout.listingsIndex(BASE);
        Instant later = BASE.plus(Duration.ofDays(7));
        int packages = n / 4;
        try (BulkSink bulk = new BulkSink(es, es.config().ingest())) {
            int tencentApps = 0;
            for (int p = 0; p < packages; p++) {
                if (p % 5 == 0 || tencentApps++ % 20 != 0) {
                    continue; // tencent is skipped in every fifth package; one in twenty of its apps is re-crawled
                }
                String pkg = "com.bench.p" + p;
                Plant plant = Plant.of(StoreId.TENCENT, pkg, later.plusSeconds(p % 86_400)).run("run-recrawl");
                if (p % 100 == 1) {
                    plant.with(b -> b.name("必装神器 " + pkg));
                }
                ListingDocument checked = checks.apply(plant.doc());
                bulk.add(BulkOperation.of(b -> b.index(x -> x.index(index).id(checked.snapshotId())
                        .document(checked))), index, checked.snapshotId());
            }
            bulk.flush(Duration.ofMinutes(30));
            es.client().indices().refresh(r -> r.index(index));
            return bulk.stats().indexed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Four stores per package; about 12 % of listings carry a planted problem, 2 % a related entity. */
    private static long ingest(ElasticConnection es, IndexLayout layout, ListingChecks checks, int n) {
        String index = layout.listingsIndex(BASE);
        long count = 0;
        try (BulkSink bulk = new BulkSink(es, es.config().ingest())) {
            for (int p = 0; count < n; p++) {
                StoreId skipped = StoreId.values()[p % 5];
                String pkg = "com.bench.p" + p;
                for (StoreId s : StoreId.values()) {
                    if (s == skipped || count >= n) {
                        continue;
                    }
                    long i = count;
                    Instant at = BASE.plusSeconds(i % 86_400);
                    boolean history = p % 100 == 7 && s == firstStore(skipped) && count + 1 < n;
                    for (ListingDocument d : listing(s, pkg, p, i, at, history)) {
                        ListingDocument checked = checks.apply(d);
                        bulk.add(BulkOperation.of(b -> b.index(x -> x.index(index).id(checked.snapshotId())
                                .document(checked))), index, checked.snapshotId());
                        count++;
                    }
                }
            }
            bulk.flush(Duration.ofMinutes(30));
            if (bulk.stats().failed() > 0) {
                throw new IllegalStateException(bulk.stats().failed() + " listings not indexed: " + bulk.failures());
            }
            return bulk.stats().indexed();
        }
    }

    private static StoreId firstStore(StoreId skipped) {
        return skipped == StoreId.TENCENT ? StoreId.XIAOMI : StoreId.TENCENT;
    }

    private static List<ListingDocument> listing(StoreId s, String pkg, int p, long i, Instant at, boolean history) {
        int r = Math.floorMod((int) (i * 2_654_435_761L >>> 7), 1000);
        Plant plant = Plant.of(s, pkg, at);
        if (r < 50) {
            plant.with(b -> b.filingNumber("粤ICP备12345号"));
        } else if (r < 80) {
            plant.with(b -> b.updatedAt(OffsetDateTime.parse("2022-01-01T00:00+08:00")));
        } else if (r < 100) {
            plant.with(b -> b.name("必装神器 " + p));
        } else if (r < 110) {
            plant.with(b -> b.developer("未知").operator(null));
        } else if (r < 130) {
            plant.with(b -> b.operator("示例科技（北京）有限公司"));
        }
        if (p % 100 == 3 && s.ordinal() == (p + 1) % 5) {
            plant.with(b -> b.developer("无关科技有限公司").operator(null).filingNumber("粤ICP备2023077777号-1A"));
        }
        if (p % 100 == 5) {
            plant.with(b -> b.addHash(Hash.Kind.SIGNING_CERT, (s.ordinal() == (p + 2) % 5 ? "2b" : "1a").repeat(32)));
        }
        if (!history) {
            return List.of(plant.doc());
        }
        Plant later = Plant.of(s, pkg, at.plus(Duration.ofDays(2))).run("run-2");
        return List.of(failPrivacy(plant).doc(), failPrivacy(later).doc());
    }

    private static Plant failPrivacy(Plant p) {
        return p.probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null, 404, null,
                null));
    }

    /** Every package of the quarter's indices, a thousand per bare composite page: the least a full pass costs. */
    private static long bareScan(ElasticConnection es, IndexLayout layout) throws IOException {
        Map<String, FieldValue> after = null;
        long packages = 0;
        while (true) {
            Map<String, FieldValue> from = after;
            CompositeAggregate c = es.client().search(s -> s.index(layout.listingsPattern()).size(0)
                    .aggregations("c", a -> a.composite(x -> {
                        x.size(1000).sources(List.of(
                                Map.of("package", CompositeAggregationSource.of(y -> y.terms(z -> z.field("package"))))));
                        if (from != null) {
                            x.after(from);
                        }
                        return x;
                    })), Void.class).aggregations().get("c").composite();
            packages += c.buckets().array().size();
            if (c.buckets().array().size() < 1000) {
                return packages;
            }
            after = c.afterKey();
        }
    }

    /**
     * The least the first check's app-quarter writes can cost: the stored documents read back (alone, then again
     * while each is written through the same {@link BulkSink} into a new index of the same mapping and settings).
     * Returns the seconds of the read alone and of the read with the copy; the copy is deleted.
     */
    private static double[] copyAppQuarters(ElasticConnection es, IndexLayout layout) throws IOException {
        String source = layout.appQuartersIndex();
        String copy = source + "-floor";
        JsonNode mapping = es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + source
                + "/_mapping")).getEntity().getContent()).path(source).path("mappings");
        Request create = new Request("PUT", "/" + copy);
        create.setJsonEntity("{\"settings\":{\"index\":{\"number_of_shards\":1,\"auto_expand_replicas\":\"0-1\"}},"
                + "\"mappings\":" + mapping + "}");
        es.rest().performRequest(create);
        try {
            long t = System.nanoTime();
            long[] read = new long[1];
            readAppQuarters(es, source, h -> read[0]++);
            double readSecs = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            BulkSink bulk = new BulkSink(es, es.config().ingest());
            readAppQuarters(es, source, h -> bulk.add(BulkOperation.of(o -> o.index(i -> i.index(copy).id(h.id())
                    .document(h.source()))), copy, h.id()));
            bulk.flush(Duration.ofMinutes(30));
            bulk.close();
            es.client().indices().refresh(r -> r.index(copy));
            double copySecs = (System.nanoTime() - t) / 1e9;
            if (bulk.stats().failed() > 0 || bulk.stats().indexed() != read[0]) {
                throw new IllegalStateException("The copy of " + source + " wrote " + bulk.stats().indexed() + " of "
                        + read[0] + " documents: " + bulk.failures());
            }
            return new double[] {readSecs, copySecs, read[0]};
        } finally {
            es.rest().performRequest(new Request("DELETE", "/" + copy));
        }
    }

    /**
     * What Elasticsearch alone takes to write one document per app, the tool out of the way: the stored app-quarter
     * documents are first written to files as bulk bodies of {@value #RAW_CHUNK} documents (untimed), once whole and
     * once cut to store, package and quarter; each set is then sent by two threads, one request each in flight, into
     * a new index of the same mapping, and refreshed. Returns the seconds of the whole and of the cut set.
     */
    private static double[] rawWrites(ElasticConnection es, IndexLayout layout) throws IOException {
        String source = layout.appQuartersIndex();
        Path dir = Files.createTempDirectory("appaudit-bench-bulk");
        try {
            List<Path> whole = new ArrayList<>();
            List<Path> cut = new ArrayList<>();
            StringBuilder[] bodies = {new StringBuilder(), new StringBuilder()};
            long[] count = new long[1];
            ObjectMapper mapper = es.mapper();
            Runnable spill = () -> {
                for (int k = 0; k < 2; k++) {
                    Path f = dir.resolve((k == 0 ? "whole-" : "cut-") + count[0] + ".ndjson");
                    try {
                        Files.writeString(f, bodies[k]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    (k == 0 ? whole : cut).add(f);
                    bodies[k].setLength(0);
                }
            };
            readAppQuarters(es, source, h -> {
                AppQuarterDocument d = h.source();
                String action = "{\"index\":{\"_id\":\"" + h.id() + "\"}}\n";
                try {
                    bodies[0].append(action).append(mapper.writeValueAsString(d)).append('\n');
                    bodies[1].append(action).append(mapper.writeValueAsString(Map.of(AppQuarterFields.STORE, d.store(),
                            AppQuarterFields.PACKAGE, d.packageName(), AppQuarterFields.QUARTER, d.quarter())))
                            .append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++count[0] % RAW_CHUNK == 0) {
                    spill.run();
                }
            });
            if (!bodies[0].isEmpty()) {
                spill.run();
            }
            JsonNode mapping = es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + source
                    + "/_mapping")).getEntity().getContent()).path(source).path("mappings");
            return new double[] {sendRaw(es, source + "-raw", mapping, whole, count[0]),
                sendRaw(es, source + "-raw", mapping, cut, count[0])};
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static double sendRaw(ElasticConnection es, String index, JsonNode mapping, List<Path> bodies,
                                  long expected) throws IOException {
        Request create = new Request("PUT", "/" + index);
        create.setJsonEntity("{\"settings\":{\"index\":{\"number_of_shards\":1,\"auto_expand_replicas\":\"0-1\"}},"
                + "\"mappings\":" + mapping + "}");
        es.rest().performRequest(create);
        try {
            ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(bodies);
            long t = System.nanoTime();
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                senders.add(CompletableFuture.runAsync(() -> {
                    for (Path f; (f = queue.poll()) != null; ) {
                        try {
                            Request bulk = new Request("POST", "/" + index + "/_bulk");
                            bulk.setEntity(new ByteArrayEntity(Files.readAllBytes(f),
                                    ContentType.create("application/x-ndjson")));
                            JsonNode answer = es.mapper().readTree(es.rest().performRequest(bulk).getEntity()
                                    .getContent());
                            if (answer.path("errors").asBoolean(true)) {
                                throw new IllegalStateException("A bulk request into " + index + " had errors");
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }));
            }
            senders.forEach(CompletableFuture::join);
            es.client().indices().refresh(r -> r.index(index));
            double secs = (System.nanoTime() - t) / 1e9;
            long written = es.client().count(c -> c.index(index)).count();
            if (written != expected) {
                throw new IllegalStateException(index + " holds " + written + " of " + expected + " documents");
            }
            return secs;
        } finally {
            es.rest().performRequest(new Request("DELETE", "/" + index));
        }
    }

    private static void readAppQuarters(ElasticConnection es, String index,
                                        Consumer<Hit<AppQuarterDocument>> each) throws IOException {
        new SearchPager(es, 1000).forEachHit(s -> s.index(index)
                .sort(o -> o.field(f -> f.field(AppQuarterFields.PACKAGE)))
                .sort(o -> o.field(f -> f.field(AppQuarterFields.STORE)))
                .sort(o -> o.field(f -> f.field(AppQuarterFields.QUARTER))), AppQuarterDocument.class, each);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static String peak() {
        long bytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        return "peak heap ≤ " + (bytes >> 20) + " MiB";
    }

    private static String vmHwm() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("unknown");
    }

    private static String seconds(long t0) {
        return fmt((System.nanoTime() - t0) / 1e9);
    }

    private static String fmt(double s) {
        return String.format(java.util.Locale.ROOT, "%.1f s", s);
    }

    private static String ratio(double a, double b) {
        return String.format(java.util.Locale.ROOT, "%.1f", a / b);
    }
}
