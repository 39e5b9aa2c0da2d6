package io.appaudit.crawler.bench;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.bench.BenchSite.Reply;
import io.appaudit.crawler.bench.BenchSite.Responder;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Politeness under refusals, run with {@code bench/politeness.sh} (figures in BENCHMARKS.md). Three parts, each a
 * real crawl through the whole pipeline against a local fixture site ({@link BenchSite}) that misbehaves:
 * <ol>
 *   <li>The fault mix: all five stores at once, 40 apps each, with the first request for one detail URL in five
 *   answered 429 with {@code Retry-After: 2}, one app per store answering 503 once, one slow (5 s) once and one
 *   always cut to 60 % of its bytes; beside the same crawl without faults, same run. Also counted: requests that
 *   arrived inside a Retry-After the store had given.</li>
 *   <li>A hidden rate limit: Xiaomi's hosts share a token bucket of 3 requests/s (burst 3), 429 with
 *   {@code Retry-After: 1} beyond it; the crawl is configured at 5 requests/s. Achieved rate and 429 share.</li>
 *   <li>A store that blocks: after 50 requests every Xiaomi request answers 429: how many more requests until the
 *   store is stopped as blocked.</li>
 * </ol>
 * Options: {@code --delay MS} (200), {@code --apps N} (40, per store in part 1; part 2 crawls 8×: at least
 * 600 requests), {@code --part 1|2|3|all}. Part 2 also crawls without the limit first: on a loaded machine the
 * crawler may not reach the configured rate, and the limit's share is reported against what it can reach.
 */
public final class PolitenessBenchmark {

    private static final int BUCKET_RATE = 3;

    private PolitenessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("delay", "200", "apps", "40", "part", "all"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int delay = Integer.parseInt(opt.get("delay"));
        int apps = Integer.parseInt(opt.get("apps"));
        String part = opt.get("part");
        System.out.println("# appaudit politeness benchmark  " + opt + "  Java " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        Path tmp = Files.createTempDirectory("appaudit-bench-refusals");
        if (part.equals("all") || part.equals("1")) {
            faultMix(tmp, delay, apps);
        }
        if (part.equals("all") || part.equals("2")) {
            hiddenRateLimit(tmp, delay, apps * 8);
        }
        if (part.equals("all") || part.equals("3")) {
            blocking(tmp, delay, apps);
        }
        System.exit(0);
    }

    // ---- 1: the fault mix

    private static void faultMix(Path tmp, int delay, int apps) throws Exception {
        try (BenchSite site = fiveStoreSite()) {
            crawl(site, tmp.resolve("warm"), List.of(StoreId.values()), delay, 3); // class loading, JIT: not counted
        }
        long clean;
        try (BenchSite site = fiveStoreSite()) {
            long t0 = System.nanoTime();
            crawl(site, tmp.resolve("clean"), List.of(StoreId.values()), delay, apps);
            clean = System.nanoTime() - t0;
        }
        Faults faults = new Faults();
        List<StoreOutcome> out;
        long faulty;
        try (BenchSite site = fiveStoreSite()) {
            site.wrap(faults::around);
            long t0 = System.nanoTime();
            out = crawl(site, tmp.resolve("faults"), List.of(StoreId.values()), delay, apps);
            faulty = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "%n## 1. Fault mix, five stores, %d apps each, delay %d ms%n%n", apps, delay);
        System.out.printf(Locale.ROOT, "| crawl | wall time | ratio |%n|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| without faults (baseline) | %.1f s | 1.00 |%n", clean / 1e9);
        System.out.printf(Locale.ROOT, "| with faults | %.1f s | %.2f |%n", faulty / 1e9, faulty / (double) clean);
        System.out.printf(Locale.ROOT, "%nfaults served: %d × 429 (Retry-After 2), %d × 503, %d slow, %d cut; "
                        + "requests inside a Retry-After: %d%n", faults.refused.get(), faults.unavailable.get(),
                faults.slow.get(), faults.cut.get(), faults.insidePause.get());
        for (StoreOutcome o : out) {
            System.out.printf(Locale.ROOT, "  %s: %s, %d listings%n", o.store().id(), o.outcome(),
                    o.counts().get(io.appaudit.crawler.crawl.CrawlCounters.Count.LISTINGS));
        }
    }

    /** The fault mix of issue 14, per store: faults are chosen by the order in which detail URLs first arrive. */
    private static final class Faults {
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger slow = new AtomicInteger();
        final AtomicInteger cut = new AtomicInteger();
        final AtomicInteger insidePause = new AtomicInteger();
        private final Map<String, AtomicLong> pausedUntil = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        private final Map<String, Integer> order = new ConcurrentHashMap<>();
        private final Set<String> spent = ConcurrentHashMap.newKeySet();

        Responder around(String host, Responder inner) {
            String store = storeOf(host);
            return (method, path, q, body) -> {
                long now = System.nanoTime();
                if (now < pausedUntil.computeIfAbsent(store, s -> new AtomicLong()).get()) {
                    insidePause.incrementAndGet();
                }
                if (!isDetail(host, path, q)) {
                    return inner.reply(method, path, q, body);
                }
                String key = host + path + q;
                int n = order.computeIfAbsent(key, k -> seen.computeIfAbsent(store, s -> new AtomicInteger())
                        .getAndIncrement());
                if (n % 5 == 0 && spent.add("429 " + key)) {
                    refused.incrementAndGet();
                    pausedUntil.get(store).accumulateAndGet(now + 2_000_000_000L, Math::max);
                    return new Reply(429, "text/plain", new byte[0], Map.of("Retry-After", "2"));
                }
                if (n == 3 && spent.add("503 " + key)) {
                    unavailable.incrementAndGet();
                    return new Reply(503, "text/plain", new byte[0]);
                }
                if (n == 7 && spent.add("slow " + key)) {
                    slow.incrementAndGet();
                    sleep(5000);
                }
                Reply r = inner.reply(method, path, q, body);
                if (n == 11 && r.status() == 200) {
                    cut.incrementAndGet();
                    return new Reply(200, r.contentType(), Arrays.copyOf(r.body(), r.body().length * 6 / 10));
                }
                return r;
            };
        }
    }

    private static boolean isDetail(String host, String path, Map<String, String> q) {
        if (host.equals("web-drcn.hispace.dbankcloud.com")) {
            return q.getOrDefault("uri", "").startsWith("app|");
        }
        return path.contains("detail");
    }

    private static String storeOf(String host) {
        return StoreFixtures.HOSTS.entrySet().stream().filter(e -> e.getValue().contains(host))
                .map(Map.Entry::getKey).findFirst().orElse(host);
    }

    // ---- 2: a hidden rate limit

    private static void hiddenRateLimit(Path tmp, int delay, int apps) throws Exception {
        // the same crawl without a limit first: how fast this machine crawls at that delay
        double unlimited;
        try (BenchSite site = new BenchSite()) {
            StoreFixtures.xiaomi(site, apps);
            crawl(site, tmp.resolve("unlimited"), List.of(StoreId.XIAOMI), delay, apps);
            List<Long> t = site.arrivals(StoreFixtures.HOSTS.get("xiaomi"));
            unlimited = (t.size() - 1) / ((t.get(t.size() - 1) - t.get(0)) / 1e9);
        }
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        // every request's arrival and whether it was refused, to measure the settled second half apart
        List<long[]> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<StoreOutcome> out;
        List<Long> arrivals;
        try (BenchSite site = new BenchSite()) {
            StoreFixtures.xiaomi(site, apps);
            Object lock = new Object();
            double[] bucket = {BUCKET_RATE, System.nanoTime()};
            site.wrap((host, inner) -> (method, path, q, body) -> {
                synchronized (lock) {
                    long now = System.nanoTime();
                    bucket[0] = Math.min(BUCKET_RATE, bucket[0] + (now - bucket[1]) / 1e9 * BUCKET_RATE);
                    bucket[1] = now;
                    if (bucket[0] < 1) {
                        refused.incrementAndGet();
                        events.add(new long[] {now, 1});
                        return new Reply(429, "text/plain", new byte[0], Map.of("Retry-After", "1"));
                    }
                    bucket[0] -= 1;
                    events.add(new long[] {now, 0});
                }
                answered.incrementAndGet();
                return inner.reply(method, path, q, body);
            });
            out = crawl(site, tmp.resolve("bucket"), List.of(StoreId.XIAOMI), delay, apps);
            arrivals = site.arrivals(StoreFixtures.HOSTS.get("xiaomi"));
        }
        double span = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1e9;
        int total = answered.get() + refused.get();
        double rate = answered.get() / span;
        System.out.printf(Locale.ROOT, "%n## 2. Hidden rate limit: token bucket %d req/s, crawl configured at %.1f req/s%n%n",
                BUCKET_RATE, 1000.0 / delay);
        double reachable = Math.min(BUCKET_RATE, unlimited);
        System.out.printf(Locale.ROOT, "| crawl | requests | 429 share | answered per second | share of the reachable "
                + "rate |%n|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| without a limit (baseline) | – | – | %.2f | – |%n", unlimited);
        System.out.printf(Locale.ROOT, "| token bucket %d/s | %d | %.1f %% | %.2f | %.0f %% of %.2f |%n", BUCKET_RATE,
                total, 100.0 * refused.get() / total, rate, 100 * rate / reachable, reachable);
        // the second half of the requests, once the controller has converged from the configured pace
        List<long[]> late = events.subList(events.size() / 2, events.size());
        long lateRefused = late.stream().filter(e -> e[1] == 1).count();
        double lateSpan = (late.get(late.size() - 1)[0] - late.get(0)[0]) / 1e9;
        double lateRate = (late.size() - lateRefused) / lateSpan;
        System.out.printf(Locale.ROOT, "| token bucket %d/s, second half of the requests (settled) | %d | %.1f %% | %.2f "
                + "| %.0f %% of %.2f |%n", BUCKET_RATE, late.size(), 100.0 * lateRefused / late.size(), lateRate,
                100 * lateRate / reachable, reachable);
        System.out.printf(Locale.ROOT, "  xiaomi: %s%n", out.get(0).outcome());
    }

    // ---- 3: a store that blocks

    private static void blocking(Path tmp, int delay, int apps) throws Exception {
        int allowed = 50;
        AtomicInteger requests = new AtomicInteger();
        List<StoreOutcome> out;
        long t0 = System.nanoTime();
        try (BenchSite site = new BenchSite()) {
            StoreFixtures.xiaomi(site, apps * 5);
            site.wrap((host, inner) -> (method, path, q, body) -> requests.incrementAndGet() > allowed
                    ? new Reply(429, "text/plain", new byte[0], Map.of("Retry-After", "1"))
                    : inner.reply(method, path, q, body));
            out = crawl(site, tmp.resolve("block"), List.of(StoreId.XIAOMI), delay, apps * 5);
        }
        long took = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%n## 3. A store that blocks after %d requests%n%n", allowed);
        System.out.printf(Locale.ROOT, "| further requests until stopped | whole run | outcome | reason |%n"
                + "|---|---|---|---|%n| %d | %.0f s | %s | %s |%n", requests.get() - allowed, took / 1e9,
                out.get(0).outcome(), out.get(0).failureReason().orElse("").replace('|', '/'));
    }

    // ---- the crawl

    private static BenchSite fiveStoreSite() throws Exception {
        BenchSite site = new BenchSite();
        StoreFixtures.xiaomi(site, 100);
        StoreFixtures.vivo(site);
        StoreFixtures.oppo(site, 100);
        StoreFixtures.huawei(site);
        StoreFixtures.tencent(site);
        return site;
    }

    private static List<StoreOutcome> crawl(BenchSite site, Path dir, List<StoreId> stores, int delayMs, int apps) {
        Map<String, Object> s = TestConfigs.local(site.base());
        var elastic = TestElasticsearch.config("bench-refusals");
        s.put("elastic.urls", List.of(elastic.urls().get(0).toString()));
        s.put("elastic.index-prefix", elastic.indexPrefix());
        s.put("fetch.read-timeout", "10s");
        s.put("fetch.call-timeout", "30s");
        s.put("fetch.retry-backoff", "500ms");
        for (StoreId id : StoreId.values()) {
            s.put("stores." + id.id() + ".delay", delayMs + "ms");
            s.put("stores." + id.id() + ".robots", "true");
            s.put("stores." + id.id() + ".max-apps", Integer.toString(apps));
        }
        s.put("stores.xiaomi.categories", List.of("1"));
        s.put("stores.vivo.keywords", List.of("天气", "地图", "音乐", "视频", "购物"));
        s.put("stores.huawei.keywords", List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏", "金融"));
        s.put("stores.tencent.categories", List.of("app:all", "game:all", "app:tools", "app:video"));
        AppauditConfig config = TestConfigs.config(dir, s);
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            try {
                return new Crawler(config, es, UnaryOperator.identity()).run(new CrawlOptions(stores,
                        OptionalInt.empty(), CrawlOptions.Mode.FRESH, false, "benchmark"), Optional.empty());
            } finally {
                TestElasticsearch.cleanUp(es.connection());
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
