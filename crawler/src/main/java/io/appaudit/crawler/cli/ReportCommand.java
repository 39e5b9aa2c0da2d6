package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.crawler.lookup.NoticeFollowUps;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.rates.StaleFindingsException;
import io.appaudit.indexer.report.ReportData;
import io.appaudit.indexer.report.ReportReader;
import io.appaudit.indexer.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code appaudit report}: the quarterly report as a self-contained HTML page with the same numbers as CSV and JSON,
 * and the evidence appendix. Its numbers are {@code appaudit rates}'.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the quarterly report (report.html, report.json, CSV tables, evidence) of a quarter "
                + "(run 'appaudit check' first).")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Mixin
    DemoOption demo;

    @Option(names = "--quarter", paramLabel = "QUARTER",
            description = "The quarter, like 2026Q4 (China time). Default: the current quarter.")
    String quarter;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder to write to. Default: report.out, else <data dir>/reports/<quarter>.")
    Path out;

    @Override
    public Integer call() throws IOException {
        AppauditConfig config = demo.config(main);
        Quarter q = CheckCommand.quarter(quarter);
        Path dir = out != null ? out
                : config.report().out().orElseGet(() -> config.dataDir().resolve("reports").resolve(q.toString()));
        ReportWriter.Written written;
        ReportData data;
        try (ElasticSession session = ElasticSession.open(config.elastic())) {
            ReportReader reader = new ReportReader(session.connection(), session.layout(),
                    CheckCommand.context(config), config.report());
            data = reader.read(q, Instant.now())
                    .withNotices(NoticeFollowUps.read(new BatchSightings(new NoticeBook(config.dataDir()),
                        new CrawlSightings(session.connection(), session.layout()))));
            written = new ReportWriter().write(data, reader.evidence(q), dir);
        } catch (StaleFindingsException e) {
            throw new Main.CommandFailure(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        long audited = data.rates().totals().audited();
        int stores = data.rates().stores().size();
        o.printf("Report %s: %d %s audited in %d %s, %d flagged (%d in the evidence appendix).%n", q, audited,
                audited == 1 ? "app" : "apps", stores, stores == 1 ? "store" : "stores",
                data.rates().totals().flagged().k(), written.flaggedApps());
        o.println("Written to " + dir.toAbsolutePath() + ":");
        written.files().forEach(f -> o.println("  " + f.getFileName()));
        o.flush();
        return 0;
    }
}
