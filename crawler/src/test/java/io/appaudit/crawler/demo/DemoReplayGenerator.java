package io.appaudit.crawler.demo;

import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the demo: {@code <dir>/replay} (WireMock's root-dir layout), the check files and PLANTED.md, all from
 * {@link DemoCatalog}'s seeded catalogue, so that the same arguments always give the same bytes.
 * Usage: {@code DemoReplayGenerator [demo dir] [reference date]} (defaults: {@code demo}, 2026-11-28).
 */
public final class DemoReplayGenerator {

    private DemoReplayGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "demo");
        LocalDate reference = args.length > 1 ? LocalDate.parse(args[1]) : DemoCatalog.REFERENCE;
        int stubs = generate(dir, DemoCatalog.build(DemoCatalog.SEED, reference, false),
                DemoCatalog.build(DemoCatalog.SEED, reference.minusDays(DemoCatalog.PREVIOUS_DAYS), true));
        System.out.println("Wrote " + stubs + " stubs to " + dir.resolve(CURRENT) + " and " + dir.resolve(PREVIOUS)
                + ", and the check files and PLANTED.md to " + dir);
    }

    /** The replay of this quarter, and of the previous one. */
    static final String CURRENT = "replay";
    static final String PREVIOUS = "replay-previous";

    /**
     * Writes the demo into the directory: this quarter's set as the replay, the check files and PLANTED.md, the
     * previous quarter's as the second replay; returns the number of stubs written.
     */
    static int generate(Path demoDir, DemoSet set, DemoSet previous) throws IOException {
        int stubs = replay(set, demoDir.resolve(CURRENT)) + replay(previous, demoDir.resolve(PREVIOUS));
        CheckFiles.write(set, demoDir);
        return stubs;
    }

    private static int replay(DemoSet set, Path dir) throws IOException {
        ReplayFiles files = new ReplayFiles();
        new TencentReplay(files).write(set.listings().get(StoreId.TENCENT));
        new XiaomiReplay(files).write(set.listings().get(StoreId.XIAOMI));
        new HuaweiReplay(files).write(set.listings().get(StoreId.HUAWEI));
        new VivoReplay(files).write(set.listings().get(StoreId.VIVO));
        new OppoReplay(files).write(set.listings().get(StoreId.OPPO));
        new WebStubs(files).write(set);
        files.writeTo(dir);
        return files.stubCount();
    }
}
