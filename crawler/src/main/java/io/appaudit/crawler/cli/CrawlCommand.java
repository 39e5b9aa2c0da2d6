package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.CrawlProgress;
import io.appaudit.crawler.crawl.DiscoverySummary;
import io.appaudit.crawler.crawl.CrawlVerdict;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.stores.StoreId;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit crawl}: crawls the stores into Elasticsearch, politely and resumably, with evidence. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl the stores' listings into Elasticsearch, with WARC evidence of every exchange. An "
                + "unfinished run (killed, blocked, unreachable, interrupted) is resumed unless --fresh. Exit code 1 "
                + "when any store failed or its run is unhealthy (crawl.max-error-share, no listings).")
final class CrawlCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", split = ",", paramLabel = "STORE",
            description = "Stores to crawl (tencent, xiaomi, oppo, huawei, vivo). Default: every enabled store.")
    List<String> stores;

    @Option(names = "--max-apps", paramLabel = "N", description = "Queue at most N apps per store (overrides "
            + "stores.<s>.max-apps).")
    Integer maxApps;

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--no-probes", description = "Do not follow download controls, privacy-policy links and "
            + "websites.")
    boolean noProbes;

    static final class Mode {
        @Option(names = "--resume", description = "Resume each store's unfinished run (the default).")
        boolean resume;

        @Option(names = "--fresh", description = "Discard each store's unfinished run and start over.")
        boolean fresh;
    }

    @Override
    public Integer call() throws InterruptedException {
        AppauditConfig config = main.config();
        List<StoreId> ids = stores == null
                ? Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList()
                : stores.stream().map(StoreId::of).distinct().toList();
        if (ids.isEmpty()) {
            throw new Main.CommandFailure("No store to crawl: every store is disabled (stores.<s>.enabled)");
        }
        CrawlOptions options = new CrawlOptions(ids,
                maxApps == null ? OptionalInt.empty() : OptionalInt.of(maxApps),
                mode != null && mode.fresh ? CrawlOptions.Mode.FRESH : CrawlOptions.Mode.RESUME, !noProbes, "cli");
        PrintWriter out = spec.commandLine().getOut();
        // each listing is checked as it is stored (checks_failed, flagged); findings come from `appaudit check`
        ListingChecks checks = ListingChecks.of(CheckCommand.context(config));
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            Crawler crawler = new Crawler(config, es, sink -> new CheckingSink(sink, checks));
            List<StoreOutcome> outcomes;
            // Ctrl-C or SIGTERM: stop the stores, and give them the grace time to checkpoint
            try (GracefulStop graceful = new GracefulStop(crawler::interrupt, config.schedule().shutdownGrace())) {
                // progress goes to standard error: standard output is the summary alone
                outcomes = crawler.run(options, System.console() != null ? Optional.of(spec.commandLine().getErr())
                        : Optional.empty());
            }
            out.println();
            out.print(CrawlProgress.summary(outcomes));
            out.print(CrawlProgress.answers(outcomes));
            out.flush();
            CrawlVerdict verdict = new CrawlVerdict(outcomes);
            PrintWriter err = spec.commandLine().getErr();
            err.print(DiscoverySummary.table(outcomes));
            verdict.lines("crawled").forEach(err::println);
            err.flush();
            return verdict.failed() ? 1 : 0;
        }
    }
}
