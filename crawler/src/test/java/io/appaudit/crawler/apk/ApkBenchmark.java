package io.appaudit.crawler.apk;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dongliu.apk.parser.ApkFile;

/**
 * Issue 17's benchmark (bench/apk.sh): per APK, the range requests and bytes the reader takes against the file's
 * size — the vendored 3 MB APK and variants padded with a large stored asset to 20 and 50 MB (and 100 MB in the full
 * run) — over HTTP through the crawler's client (WARC included) from a local range server; and APKs per second on
 * one core, the reader on a local file against the baseline of apk-parser reading the whole file, in the same run.
 * APPAUDIT_BENCH_SMALL=1: the 3 and 20 MB files only, short timings (a check that it runs, not a measurement).
 */
public final class ApkBenchmark {

    private ApkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = System.getenv("APPAUDIT_BENCH_SMALL") != null;
        long millis = small ? 500 : 3000;
        Path dir = Files.createTempDirectory("appaudit-apk-bench");
        ApkVariants.Signer signer = ApkVariants.signer(dir, "bench");
        List<Path> apks = new ArrayList<>(List.of(ApkVariants.original()));
        for (long mb : small ? new long[]{20} : new long[]{20, 50, 100}) {
            Path u = ApkVariants.rewritten(ApkVariants.original(), dir.resolve(mb + "-u.apk"), mb * 1024 * 1024);
            apks.add(ApkVariants.sign(u, dir.resolve(mb + "mb.apk"), signer, false, true, true));
            Files.delete(u);
        }
        System.out.println("| file | size (bytes) | requests | bytes read | share of the file | status |");
        System.out.println("|---|---|---|---|---|---|");
        try (RangeServer server = new RangeServer()) {
            AppauditConfig config = TestConfigs.config(dir.resolve("data"), TestConfigs.local(server.base()));
            Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
            config.stores().forEach((id, s) -> delays.put(id, s.delay()));
            try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), config.fetch().warcMaxSize());
                 FetchClient client = new FetchClient(config.fetch(), config.stores(), Map.of(), archive,
                         new Politeness(delays))) {
                for (Path apk : apks) {
                    String path = "/cdn.example-cdn.cn/" + apk.getFileName();
                    server.serve(path, Files.readAllBytes(apk), RangeServer.Mode.RANGES);
                    Listing l = Listing.builder(StoreId.XIAOMI, "bench", "bench").sourceUrl("https://app.mi.com/x")
                            .fetchedAt(Instant.now()).build();
                    ListingDocument.Apk a = new ApkReading(client, config.apk(), ApkCache.inMemory())
                            .read(l, "https://cdn.example-cdn.cn/" + apk.getFileName(), Map.of(), "bench");
                    long size = Files.size(apk);
                    System.out.printf(Locale.ROOT, "| %s | %,d | %d | %,d | %.3f %% | %s |%n", apk.getFileName(),
                            size, a.requests(), a.bytesRead(), 100.0 * a.bytesRead() / size, a.status());
                    server.serve(path, new byte[0], RangeServer.Mode.RANGES);
                }
            }
        }
        Path big = apks.get(apks.size() - 1);
        System.out.println();
        System.out.println("| reader | file | APKs/s (one core) | ratio to apk-parser |");
        System.out.println("|---|---|---|---|");
        for (Path apk : List.of(apks.get(0), big)) {
            double ranges = rate(millis, () -> {
                try (FileRangeSource s = new FileRangeSource(apk)) {
                    new ApkReader(5, 1024 * 1024).read(s);
                }
            });
            double whole = rate(millis, () -> {
                try (ApkFile f = new ApkFile(apk.toFile())) {
                    f.getApkMeta();
                }
            });
            System.out.printf(Locale.ROOT, "| range reader | %s | %,.0f | %.1f |%n", apk.getFileName(), ranges,
                    ranges / whole);
            System.out.printf(Locale.ROOT, "| apk-parser, whole file (baseline) | %s | %,.0f | 1 |%n",
                    apk.getFileName(), whole);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs per second over {@code millis} after as long a warm-up. */
    private static double rate(long millis, Work w) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            w.run();
        }
        long start = System.nanoTime();
        end = start + millis * 1_000_000;
        int n = 0;
        while (System.nanoTime() < end) {
            w.run();
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
