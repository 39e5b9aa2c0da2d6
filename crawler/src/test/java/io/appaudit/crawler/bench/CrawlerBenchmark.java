package io.appaudit.crawler.bench;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The crawler's benchmarks, run with {@code bench/crawler-benchmark.sh} (see docs/crawler-benchmarks.md).
 * <ol>
 *   <li>Loopback, politeness off: listings per second through the whole pipeline (fetch, parse, WARC,
 *   Elasticsearch) beside stock crawler4j crawling the same details pages with a jsoup-only visitor, same threads,
 *   same run, alternating rounds.</li>
 *   <li>Politeness on, all five stores at once: each store's request rate as the stores' server saw it, as a share
 *   of its configured rate.</li>
 * </ol>
 * Options: {@code --apps N} (3000), {@code --threads T} (4), {@code --rounds R} (3), {@code --delay MS} (200),
 * {@code --store-apps N} (60, per store in part 2), {@code --part 1|2|all}; Elasticsearch from {@code -Dappaudit.test.es.url} (else the build's embedded test node).
 */
public final class CrawlerBenchmark {

    private CrawlerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("apps", "3000", "threads", "4", "rounds", "3",
                "delay", "200", "store-apps", "60", "part", "all"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.out.println("# appaudit crawler benchmark  " + opt + "  Java " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        String part = opt.get("part");
        if (!part.equals("2")) {
            throughput(Integer.parseInt(opt.get("apps")), Integer.parseInt(opt.get("threads")),
                    Integer.parseInt(opt.get("rounds")));
        }
        if (!part.equals("1")) {
            politeness(Integer.parseInt(opt.get("delay")), Integer.parseInt(opt.get("store-apps")));
        }
        System.exit(0);
    }

    // ---- 1: throughput against stock crawler4j

    /** Categories the throughput site spreads its apps over. */
    private static final int CATEGORIES = 10;

    private static void throughput(int apps, int threads, int rounds) throws Exception {
        Path tmp = Files.createTempDirectory("appaudit-bench");
        Map<String, Object> settings;
        try (BenchSite site = new BenchSite()) {
            // the apps spread over categories, as the store's are (it has 29): lists walked side by side
            List<String> categories = new ArrayList<>();
            for (int c = 1; c <= CATEGORIES; c++) {
                categories.add(Integer.toString(c));
            }
            StoreFixtures.xiaomi(site, apps / CATEGORIES);
            settings = benchSettings(site, "bench-tp");
            settings.put("stores.xiaomi.concurrency", Integer.toString(threads));
            settings.put("stores.xiaomi.robots", "true");
            settings.put("stores.xiaomi.categories", categories);
            List<String> detailUrls = new ArrayList<>();
            for (String c : categories) {
                for (int i = 0; i < apps / CATEGORIES; i++) {
                    detailUrls.add(site.base() + "/app.mi.com/details?id=" + StoreFixtures.xiaomiPackage(c, i));
                }
            }
            apps = detailUrls.size();
            // one index prefix for every round: the monthly listings index exists after the warm-up, as it does
            // for every crawl but the month's first
            try (ElasticSession es = ElasticSession.open(TestConfigs.config(tmp.resolve("es"), settings).elastic())) {
                try {
                    // warm-up: both pipelines once on a tenth of the site, not counted
                    ours(tmp.resolve("warm"), settings, es, apps / 10);
                    StockCrawl.run(tmp.resolve("warm-stock"), detailUrls.subList(0, apps / 10), threads);
                    List<double[]> results = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        double[] ours = ours(tmp.resolve("ours-" + r), settings, es, apps);
                        StockCrawl.Result s = StockCrawl.run(tmp.resolve("stock-" + r), detailUrls, threads);
                        double stockRate = s.visited() / seconds(s.lastVisitNanos() - s.startNanos());
                        double stockWall = s.visited() / seconds(s.endNanos() - s.startNanos());
                        results.add(new double[] {ours[0], stockRate, ours[1], stockWall, ours[0] / stockRate,
                                ours[1] / stockWall});
                        System.out.printf(Locale.ROOT, "round %d: appaudit %.0f listings/s (%.0f end to end), stock "
                                + "crawler4j %.0f pages/s (%.0f end to end), %d pages: ratio %.2f%n", r + 1, ours[0],
                                ours[1], stockRate, stockWall, s.visited(), ours[0] / stockRate);
                    }
                    System.out.printf(Locale.ROOT, "%n| pipeline | listings/s (median of %d rounds) | end to end |%n"
                                    + "|---|---|---|%n"
                                    + "| appaudit (OkHttp, adapter, WARC, Elasticsearch) | %.0f | %.0f |%n"
                                    + "| stock crawler4j (its fetcher, Tika, jsoup visitor) | %.0f | %.0f |%n"
                                    + "| **ratio** (median of the rounds' ratios) | **%.2f×** | %.2f× |%n%n", rounds,
                            median(results, 0), median(results, 2), median(results, 1), median(results, 3),
                            median(results, 4), median(results, 5));
                } finally {
                    TestElasticsearch.cleanUp(es.connection());
                }
            }
        }
    }

    /** One full crawl of the site's category 1: listings/s to the last listing, and end to end. */
    private static double[] ours(Path dir, Map<String, Object> settings, ElasticSession es, int apps) {
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put("stores.xiaomi.max-apps", Integer.toString(apps));
        AppauditConfig config = TestConfigs.config(dir, s);
        ListingCount count = new ListingCount();
        long start = System.nanoTime();
        long[] lastListing = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
                if (count.get() >= apps && lastListing[0] == 0) {
                    lastListing[0] = System.nanoTime();
                }
            }
        });
        sampler.start();
        List<StoreOutcome> out = new Crawler(config, es, count::around).run(new CrawlOptions(List.of(StoreId.XIAOMI),
                OptionalInt.empty(), CrawlOptions.Mode.FRESH, false, "benchmark"), Optional.empty());
        long end = System.nanoTime();
        sampler.interrupt();
        long listings = out.get(0).counts().get(Count.LISTINGS);
        if (listings != apps) {
            throw new IllegalStateException("expected " + apps + " listings, got " + listings + ": " + out);
        }
        long to = lastListing[0] == 0 ? end : lastListing[0];
        return new double[] {listings / seconds(to - start), listings / seconds(end - start)};
    }

    // ---- 2: politeness with all five stores at once

    private static void politeness(int delayMs, int apps) throws Exception {
        Path tmp = Files.createTempDirectory("appaudit-bench-polite");
        try (BenchSite site = new BenchSite()) {
            StoreFixtures.xiaomi(site, apps);
            StoreFixtures.vivo(site);
            StoreFixtures.oppo(site, apps);
            StoreFixtures.huawei(site);
            StoreFixtures.tencent(site);
            // warm-up: a short crawl of every store first (class loading, JIT), not counted
            fiveStores(site, tmp.resolve("warm"), delayMs, 3);
            site.forgetArrivals();
            List<StoreOutcome> out = fiveStores(site, tmp.resolve("measured"), delayMs, apps);
            System.out.printf(Locale.ROOT, "| store | outcome | requests seen by the store | active for | "
                    + "achieved rate | configured rate | share |%n|---|---|---|---|---|---|---|%n");
            for (StoreOutcome o : out) {
                List<Long> t = site.arrivals(StoreFixtures.HOSTS.get(o.store().id()));
                double span = t.size() < 2 ? 0 : seconds(t.get(t.size() - 1) - t.get(0));
                double achieved = span == 0 ? 0 : (t.size() - 1) / span;
                double configured = 1000.0 / delayMs;
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f s | %.2f req/s | %.2f req/s | %.1f %% |%n",
                        o.store().id(), o.outcome(), t.size(), span, achieved, configured,
                        100 * achieved / configured);
            }
        }
    }

    /** All five stores at once, each at most {@code apps} apps, politeness on. */
    private static List<StoreOutcome> fiveStores(BenchSite site, Path dir, int delayMs, int apps) {
        Map<String, Object> s = benchSettings(site, "bench-polite");
        for (StoreId id : StoreId.values()) {
            s.put("stores." + id.id() + ".delay", delayMs + "ms");
            s.put("stores." + id.id() + ".robots", "true");
            s.put("stores." + id.id() + ".max-apps", Integer.toString(apps));
        }
        s.put("stores.xiaomi.categories", List.of("1", "2"));
        s.put("stores.vivo.keywords", List.of("天气", "地图", "音乐", "视频", "购物"));
        s.put("stores.huawei.keywords", List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏", "金融", "银行",
                "出行", "地图", "教育", "健康", "办公", "拍照", "工具", "生活", "美食", "旅游", "汽车"));
        s.put("stores.tencent.categories", List.of("app:all", "game:all", "app:tools", "app:video", "app:music",
                "app:shopping", "app:social", "app:news", "app:finance", "app:travel", "app:education",
                "app:health", "app:reading", "app:photo", "app:life", "game:casual", "game:puzzle", "game:action",
                "game:strategy", "game:sports"));
        AppauditConfig config = TestConfigs.config(dir, s);
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            try {
                return new Crawler(config, es, UnaryOperator.identity()).run(new CrawlOptions(
                        Arrays.asList(StoreId.values()), OptionalInt.empty(), CrawlOptions.Mode.FRESH, false,
                        "benchmark"), Optional.empty());
            } finally {
                TestElasticsearch.cleanUp(es.connection());
            }
        }
    }

    private static Map<String, Object> benchSettings(BenchSite site, String name) {
        Map<String, Object> s = TestConfigs.local(site.base());
        var elastic = TestElasticsearch.config(name);
        s.put("elastic.urls", List.of(elastic.urls().get(0).toString()));
        s.put("elastic.index-prefix", elastic.indexPrefix());
        s.put("fetch.max-retries", "1");
        return s;
    }

    private static double seconds(long nanos) {
        return Math.max(1e-9, nanos / 1e9);
    }

    private static double median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Counts the listing snapshots the sink receives, for the time of the last one. */
    private static final class ListingCount {
        private final java.util.concurrent.atomic.AtomicLong listings = new java.util.concurrent.atomic.AtomicLong();

        long get() {
            return listings.get();
        }

        ListingSink around(ListingSink sink) {
            return new ListingSink() {
                @Override
                public void accept(ListingDocument s) {
                    sink.accept(s);
                    if (s.outcome() == ListingOutcome.LISTED) {
                        listings.incrementAndGet();
                    }
                }

                @Override
                public void flush() {
                    sink.flush();
                }

                @Override
                public void close() {
                    sink.close();
                }
            };
        }
    }
}
