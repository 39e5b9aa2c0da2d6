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
        int stubs = generate(dir, DemoCatalog.build(DemoCatalog.SEED, reference));
        System.out.println("Wrote " + stubs + " stubs to " + dir.resolve("replay") + ", and the check files and "
                + "PLANTED.md to " + dir);
    }

    /** Writes the demo set into the directory; returns the number of stubs written. */
    static int generate(Path demoDir, DemoSet set) throws IOException {
        ReplayFiles files = new ReplayFiles();
        new TencentReplay(files).write(set.listings().get(StoreId.TENCENT));
        new XiaomiReplay(files).write(set.listings().get(StoreId.XIAOMI));
        new HuaweiReplay(files).write(set.listings().get(StoreId.HUAWEI));
        new VivoReplay(files).write(set.listings().get(StoreId.VIVO));
        new OppoReplay(files).write(set.listings().get(StoreId.OPPO));
        new WebStubs(files).write(set);
        files.writeTo(demoDir.resolve("replay"));
        CheckFiles.write(set, demoDir);
        return files.stubCount();
    }
}
