package io.appaudit.crawler.cli;

import io.appaudit.crawler.audit.ReplayExport;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.CrawlProgress;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code appaudit record}: crawls the stores afresh and writes every exchange of that crawl as a replay, so the
 * crawl can be frozen and audited again later with {@code appaudit audit --replay DIR}.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Crawl the stores afresh (as 'appaudit crawl --fresh' does, listings indexed as usual) and "
                + "write every exchange of that crawl, as captured in its WARC evidence, into a replay folder that "
                + "'appaudit audit --replay DIR' serves later.",
                "Example: appaudit record --store huawei,vivo --max-apps 100 --out replays/2026-11"})
final class RecordCommand implements Callable<Integer> {

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The replay folder to write (mappings/ and __files/).")
    Path out;

    @Option(names = "--store", split = ",", paramLabel = "STORE", description = "Stores to record. Default: every enabled store.")
    List<String> stores;

    @Option(names = "--max-apps", paramLabel = "N", description = "Queue at most N apps per store.")
    Integer maxApps;

    @Option(names = "--no-probes", description = "Do not follow download controls, privacy links and websites.")
    boolean noProbes;

    @Override
    public Integer call() throws IOException {
        AppauditConfig config = main.config();
        List<StoreId> ids = stores == null
                ? Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList()
                : stores.stream().map(StoreId::of).distinct().toList();
        if (Files.isDirectory(out.resolve("mappings"))) {
            throw new Main.CommandFailure(out + " already holds a replay: give a new folder");
        }
        Instant started = Instant.now();
        List<StoreOutcome> outcomes;
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            outcomes = new Crawler(config, es, UnaryOperator.identity()).run(new CrawlOptions(ids,
                    maxApps == null ? OptionalInt.empty() : OptionalInt.of(maxApps), CrawlOptions.Mode.FRESH,
                    !noProbes, "record"), Optional.empty());
        }
        ReplayExport.Written w;
        try (WarcArchive archive = new WarcArchive(config.dataDir().resolve("warc"), config.fetch().warcMaxSize())) {
            w = new ReplayExport().export(archive, ids, started, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(CrawlProgress.summary(outcomes));
        o.printf("Recorded %d exchanges (%s) into %s.%n", w.stubs(), w.perStore(), out.toAbsolutePath());
        o.println("Audit it later with: ./appaudit audit --replay " + out);
        o.flush();
        return outcomes.stream().anyMatch(StoreOutcome::failed) ? 1 : 0;
    }
}
