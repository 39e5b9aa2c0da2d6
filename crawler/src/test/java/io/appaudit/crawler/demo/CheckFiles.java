package io.appaudit.crawler.demo;

import io.appaudit.crawler.demo.DemoSet.Planted;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's user files for the checks (notices.csv for Z5, registry.csv for D5, groups.csv for the corporate-group
 * rule) and PLANTED.md, the table of what an audit of the replay must report.
 */
final class CheckFiles {

    private CheckFiles() {
    }

    static void write(DemoSet set, Path demoDir) throws IOException {
        StringBuilder notices = new StringBuilder("store,package,deadline,notice\n");
        set.notices().forEach(n -> notices.append(csv(n.store().id(), n.pkg(), n.deadline().toString(),
                n.reference())));
        write(demoDir.resolve("notices.csv"), notices.toString());
        StringBuilder registry = new StringBuilder("filing_number,entity\n");
        set.registry().forEach(r -> registry.append(csv(r.filingNumber(), r.entity())));
        write(demoDir.resolve("registry.csv"), registry.toString());
        StringBuilder groups = new StringBuilder("group,company\n");
        set.groups().forEach(g -> groups.append(csv(g.group(), g.company())));
        write(demoDir.resolve("groups.csv"), groups.toString());
        write(demoDir.resolve("PLANTED.md"), planted(set));
    }

    private static String planted(DemoSet set) {
        StringBuilder s = new StringBuilder();
        s.append("# What the demo replay plants\n\n")
                .append("Generated with the replay by `demo/regenerate.sh` (`io.appaudit.crawler.demo.DemoReplayGenerator`, seed ")
                .append(DemoCatalog.SEED).append(", reference date ").append(set.reference())
                .append("): do not edit by hand. What the replay holds and how to run it: `docs/demo.md`.\n\n")
                .append("Each row says what an audit of `demo/replay` with `demo/appaudit-demo.yaml` (and so with ")
                .append("`notices.csv`, `registry.csv` and `groups.csv`) must report for one store's listing of a ")
                .append("package, after an audit of `demo/replay-previous` dated in the previous quarter (what ")
                .append("`appaudit demo` does). `problem`: a finding, and the audit reports no other problem; its ")
                .append("status says in which quarters: `new` (this one only), `persisting` (both), `rectified` ")
                .append("(the previous one only: this quarter's finding is rectified, not a problem); ")
                .append("`informational`: a related entity, not a problem; `none`: a decoy that must not fire; ")
                .append("`unknown`: the store's pages carry no such field, so its share stays under checks.shown-threshold (`*`: every listing of the store). ")
                .append("Listings not named are clean in both quarters.\n\n")
                .append("- Z1 counts days from the crawl: the stale apps are 950 or more days old, the others at most ")
                .append("400, so the table holds for crawls until ").append(set.reference().plusDays(330))
                .append(" (regenerate with a later reference date after that). The previous quarter's replay is dated ")
                .append(DemoCatalog.PREVIOUS_DAYS).append(" days earlier, as its crawl is.\n")
                .append("- R4, Z3 and Z4 need two failed probes `checks.failure-spacing` apart; the demo ")
                .append("configuration sets it to 0s.\n")
                .append("- D3: only signer certificates count (AUDIT-RULES D3); the planted pair differs in the APK ")
                .append("MD5 of one version code, a decoy. No real D3 is planted: among the formats only Xiaomi's ")
                .append("client API shows a certificate digest (`releaseKeyHash`), which the web pages the demo ")
                .append("crawls do not, and D3 needs two stores.\n")
                .append("- Z5: the deadlines passed long before both quarters' crawls, so its problems persist.\n")
                .append("- Apps are fictional (hosts under `.example`), except WeChat and QQ, used only as decoys; ")
                .append("every filing number, hash, date and count is invented.\n\n");
        Map<String, int[]> counts = new TreeMap<>(Comparator.comparingInt(CheckFiles::storeOrder));
        set.listings().forEach((store, apps) -> counts.put(store.id(), new int[] {apps.size(), 0}));
        set.planted().stream().filter(Planted::problemNow).map(p -> p.store() + " " + p.pkg())
                .distinct().forEach(k -> counts.get(k.split(" ")[0])[1]++);
        s.append("| store | listings | listings with problems |\n|---|---|---|\n");
        counts.forEach((store, c) -> s.append("| ").append(store).append(" | ").append(c[0]).append(" | ")
                .append(c[1]).append(" |\n"));
        s.append("\n| store | package | check | outcome | status | how |\n|---|---|---|---|---|---|\n");
        List<Planted> rows = set.planted().stream().sorted(Comparator.comparingInt((Planted p) -> storeOrder(p.store()))
                .thenComparing(p -> p.pkg().equals("*")).thenComparing(Planted::check).thenComparing(Planted::pkg))
                .toList();
        for (Planted p : rows) {
            s.append("| ").append(p.store()).append(" | ").append(p.pkg()).append(" | ").append(p.check())
                    .append(" | ").append(p.outcome()).append(" | ").append(p.status()).append(" | ")
                    .append(p.how().replace("|", "\\|"))
                    .append(" |\n");
        }
        return s.toString();
    }

    private static int storeOrder(String id) {
        return StoreId.of(id).ordinal();
    }

    /** One CSV line; fields holding a comma or a quote are quoted. */
    static String csv(String... fields) {
        StringBuilder s = new StringBuilder();
        for (String f : fields) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return s.append('\n').toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
