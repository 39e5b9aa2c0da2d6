package io.appaudit.crawler.cli;

import io.appaudit.crawler.audit.AuditRun;
import io.appaudit.crawler.audit.ReplayServer;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.CrawlProgress;
import io.appaudit.crawler.crawl.CrawlVerdict;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.UserFileException;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.rates.StaleFindingsException;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit audit}: the main job once — crawl, check, report — and where the report is. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Run the whole job once: use the configured Elasticsearch (or start the embedded one), crawl "
                + "every enabled store within its limits, run the checks, write the quarter's report, and print "
                + "where it is and the headline rates.",
                "With --replay DIR the stores are a recorded replay served locally (see 'appaudit record').",
                "Exit code 1 when any store's crawl failed or is unhealthy; the report is written all the same and "
                        + "says so in its first lines."})
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Audit a recorded replay of the stores (WireMock mappings/ and __files/) instead of the live stores.")
    Path replay;

    @Option(names = "--store", split = ",", paramLabel = "STORE",
            description = "Stores to crawl. Default: every enabled store.")
    List<String> stores;

    @Option(names = "--max-apps", paramLabel = "N", description = "Queue at most N apps per store.")
    Integer maxApps;

    @Option(names = "--fresh", description = "Discard unfinished crawl runs instead of resuming them.")
    boolean fresh;

    @Option(names = "--no-probes", description = "Do not follow download controls, privacy links and websites.")
    boolean noProbes;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the report goes. Default: report.out, else <data dir>/reports/<quarter>.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (replay == null) {
            return run(main.config(), out, "cli");
        }
        try (ReplayServer server = ReplayServer.serve(replay)) {
            AppauditConfig config = main.config(List.of(), Map.of("fetch.replay-base", server.base().toString(),
                    "fetch.allow-private-addresses", "true"));
            return run(config, out, "replay");
        }
    }

    /** Runs the audit with this configuration and prints what it found; shared with {@code appaudit demo}. */
    int run(AppauditConfig config, Path reportOut, String trigger) throws IOException, InterruptedException {
        List<StoreId> ids = stores == null
                ? Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList()
                : stores.stream().map(StoreId::of).distinct().toList();
        if (ids.isEmpty()) {
            throw new Main.CommandFailure("No store to audit: every store is disabled (stores.<s>.enabled)");
        }
        CrawlOptions options = new CrawlOptions(ids, maxApps == null ? OptionalInt.empty() : OptionalInt.of(maxApps),
                fresh ? CrawlOptions.Mode.FRESH : CrawlOptions.Mode.RESUME, !noProbes, trigger);
        Quarter quarter = Quarter.of(Instant.now());
        Path dir = reportOut != null ? reportOut : config.report().out()
                .orElseGet(() -> config.dataDir().resolve("reports").resolve(quarter.toString()));
        PrintWriter o = spec.commandLine().getOut();
        AuditRun audit;
        try {
            audit = new AuditRun(config);
        } catch (UserFileException e) {
            throw new Main.CommandFailure(e.getMessage());
        }
        AuditRun.Result result;
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            // Ctrl-C or SIGTERM: stop crawling and give the stores the grace time to checkpoint
            try (GracefulStop graceful = new GracefulStop(audit::interrupt, config.schedule().shutdownGrace())) {
                // progress goes to standard error: standard output is the summary alone
                result = audit.run(es, options, quarter, dir,
                        System.console() != null ? Optional.of(spec.commandLine().getErr()) : Optional.empty());
            } catch (StaleFindingsException e) {
                throw new Main.CommandFailure(e.getMessage());
            }
        }
        o.println();
        o.print(CrawlProgress.summary(result.crawl()));
        o.print(CrawlProgress.answers(result.crawl()));
        if (audit.wasInterrupted()) {
            o.println("Interrupted: the crawl is resumable ('appaudit audit' again continues it); no report written.");
            o.flush();
            return 1;
        }
        o.println();
        RatesCommand.headline(o, result.report().rates());
        o.println();
        o.printf("Findings: %d written, %d unchanged, %d deleted.%n", result.checks().written(),
                result.checks().unchanged(), result.checks().deleted());
        o.println("Report: " + dir.resolve("report.html").toAbsolutePath());
        o.println("        (" + result.written().files().size() + " files in " + dir.toAbsolutePath() + ")");
        o.flush();
        CrawlVerdict verdict = new CrawlVerdict(result.crawl());
        if (!verdict.failed()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println();
        verdict.lines("audited").forEach(err::println);
        err.println("The report says so in its first lines: " + dir.resolve("report.html").toAbsolutePath());
        if (verdict.deliveredNothing()) {
            err.println("Run './appaudit demo' to see what the tool does without access to the stores.");
        }
        err.flush();
        return 1;
    }
}
