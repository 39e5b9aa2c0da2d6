package io.appaudit.crawler.cli;

import io.appaudit.crawler.audit.DemoBundle;
import io.appaudit.crawler.audit.DemoReset;
import io.appaudit.crawler.audit.PreviousQuarterCrawl;
import io.appaudit.crawler.audit.ReplayServer;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.CrawlProgress;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code appaudit demo}: the whole job, unchanged, against the bundled recorded replay of the five stores, so a
 * new user without access to the stores sees a full report within minutes: first the previous quarter's replay (see
 * {@link PreviousQuarterCrawl}), then this quarter's audit. Every run starts afresh.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job (crawl, checks, report) on the bundled recorded replay of the five stores "
                + "(about 50 apps each, with planted problems of every family), served locally. The same as "
                + "'appaudit audit --replay' on that set, with its configuration.",
                "The demo keeps its crawl state, evidence and report in <data dir>/demo and its documents in the "
                + "<prefix>-demo-* indices (appaudit-demo-* by default), apart from real audits; it uses the same "
                + "Elasticsearch. Every run first deletes both, so it gives the same numbers every time.",
                "Two quarters: the replay of the previous quarter is crawled first, dated back into that quarter, "
                + "so the report shows a trend and new, persisting and rectified problems.",
                "The bundled notice batch (notice-batch.csv) is imported, so the report's notice follow-up shows "
                + "its apps as the two crawls saw them.",
                "Add --demo to rates, evidence, report or check to look at the demo's data."})
final class DemoCommand implements Callable<Integer> {

    /** The demo's indices never mix with a real audit's: {@code <elastic.index-prefix>-demo-*}. */
    static final String INDEX_SUFFIX = DemoOption.INDEX_SUFFIX;

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes. Default: <data dir>/demo/reports/<quarter>.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AppauditConfig user = main.config();
        Path folder = DemoOption.folder(user);
        String prefix = DemoOption.indexPrefix(user);
        PrintWriter err = spec.commandLine().getErr();
        // this session keeps an embedded node up for the whole demo; the audit's own session reuses it
        try (ElasticSession es = ElasticSession.open(user.elastic().withIndexPrefix(prefix))) {
            err.println("Demo: starting afresh (deleting " + folder + " and the " + prefix + "-* indices)");
            err.flush();
            new DemoReset(es.connection(), prefix).run(folder);
            es.layout().install(es.connection()); // the templates again, before anything is indexed
            Path bundle = DemoBundle.extractTo(folder.resolve("bundle"));
            importNoticeBatch(folder, bundle, err);
            Instant now = Instant.now();
            err.println("Demo: the previous quarter (" + Quarter.of(now).previous() + "): crawling its replay "
                    + bundle.resolve(DemoBundle.PREVIOUS_REPLAY) + ", dated back "
                    + PreviousQuarterCrawl.backBy(now).toDays() + " days");
            err.flush();
            try (ReplayServer server = ReplayServer.serve(bundle.resolve(DemoBundle.PREVIOUS_REPLAY))) {
                AppauditConfig config = serving(bundle, server);
                PreviousQuarterCrawl.Result before = new PreviousQuarterCrawl(config, now)
                        .run(es, new CrawlOptions(stores(config), OptionalInt.empty(), CrawlOptions.Mode.FRESH, true,
                                "demo"));
                if (before.crawl().stream().anyMatch(StoreOutcome::failed)) {
                    err.print(CrawlProgress.summary(before.crawl()));
                    throw new Main.CommandFailure("The demo's crawl of the previous quarter's replay failed (the "
                            + "table above says where); its log lines say why");
                }
                err.printf("Demo: %s checked: %d apps, %d findings written%n", before.quarter(),
                        before.checks().apps(), before.checks().written());
            }
            err.println("Demo: this quarter (" + Quarter.of(now) + "): serving the recorded replay of the five stores "
                    + "from " + bundle.resolve(DemoBundle.REPLAY));
            err.flush();
            int code;
            try (ReplayServer server = ReplayServer.serve(bundle.resolve(DemoBundle.REPLAY))) {
                AppauditConfig config = serving(bundle, server);
                AuditCommand audit = new AuditCommand();
                audit.main = main;
                audit.spec = spec;
                audit.fresh = true;
                Path reportDir = out != null ? out
                        : folder.resolve("reports").resolve(Quarter.of(now).toString());
                code = audit.run(config, reportDir, "demo");
            }
            howToLook(err);
            return code;
        }
    }

    /**
     * Imports the bundle's notice batch into the demo's data folder: the report's notice follow-up then shows its
     * apps' states as the demo's two crawls saw them (no store is asked: the demo runs no look-up).
     */
    private static void importNoticeBatch(Path folder, Path bundle, PrintWriter err) throws IOException {
        for (NoticeBatch b : new NoticeBook(folder).importFile(bundle.resolve(DemoBundle.NOTICE_BATCH))) {
            err.println("Demo: imported notice batch " + b.id() + " (" + b.apps().size() + " apps, published "
                    + b.published() + "): the report follows its apps through the demo's crawls");
        }
        err.flush();
    }

    private AppauditConfig serving(Path bundle, ReplayServer server) {
        return DemoOption.demoConfig(main, bundle, Map.of("fetch.replay-base", server.base().toString(),
                "fetch.allow-private-addresses", "true"));
    }

    /** The stores the demo crawls: every store its configuration enables (as 'audit' does). */
    private static List<StoreId> stores(AppauditConfig config) {
        List<StoreId> ids = Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList();
        if (ids.isEmpty()) {
            throw new Main.CommandFailure("No store to crawl: every store is disabled (stores.<s>.enabled)");
        }
        return ids;
    }

    /** The last lines: how to reach the demo's data with the other commands. */
    private void howToLook(PrintWriter err) {
        String cmd = "./appaudit" + globalOptions();
        err.println();
        err.println("To look at this data: " + cmd + " rates --demo, " + cmd + " evidence --demo <snapshot or app id>, "
                + cmd + " report --demo, " + cmd + " check --demo.");
        err.println("Without --demo, those commands read the real audits' data (the demo's is kept apart).");
        err.flush();
    }

    /** The --config and --data-dir given to this run, which the reader must repeat to find the same data. */
    private String globalOptions() {
        CommandLine parent = spec.commandLine().getParent();
        if (parent == null || parent.getParseResult() == null) {
            return "";
        }
        List<String> given = new ArrayList<>();
        for (String name : List.of("--config", "--data-dir")) {
            if (parent.getParseResult().hasMatchedOption(name)) {
                Object v = parent.getParseResult().matchedOptionValue(name, null);
                given.add(name + " " + quoted(String.valueOf(v)));
            }
        }
        return given.isEmpty() ? "" : " " + String.join(" ", given);
    }

    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
