package io.appaudit.crawler.audit;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.crawler.lookup.NoticeFollowUps;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.report.ReportData;
import io.appaudit.indexer.report.ReportReader;
import io.appaudit.indexer.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job, once: crawl the stores (each listing checked as it is stored), run the quarter's checks across
 * listings and over time, and write the quarter's report. The same pipeline runs against the live stores and
 * against a replay: only the configuration differs.
 */
public final class AuditRun {

    private static final Logger log = LoggerFactory.getLogger(AuditRun.class);

    /** What the run did: each store's crawl, the checks, and the report written. */
    public record Result(List<StoreOutcome> crawl, CheckRun.Summary checks, ReportData report,
                         ReportWriter.Written written, Path reportDir) {
    }

    private final AppauditConfig config;
    private final CheckContext context;
    private volatile Crawler crawler;
    private volatile boolean interrupted;

    /** Reads the checks' user files once, so that a bad one fails before anything is crawled. */
    public AuditRun(AppauditConfig config) {
        this.config = config;
        this.context = CheckContext.load(config.checks());
    }

    /**
     * Runs the job in an open Elasticsearch session.
     *
     * @param terminal where live progress goes when a person is watching
     */
    public Result run(ElasticSession es, CrawlOptions options, Quarter quarter, Path reportDir,
                      Optional<PrintWriter> terminal) throws IOException {
        ListingChecks checks = ListingChecks.of(context);
        Crawler c = new Crawler(config, es, sink -> new CheckingSink(sink, checks));
        crawler = c;
        if (interrupted) {
            throw new IllegalStateException("The audit was interrupted before it started crawling");
        }
        log.info("Audit {}: crawling {}", quarter, options.stores());
        List<StoreOutcome> outcomes = c.run(options, terminal);
        if (interrupted) {
            return new Result(outcomes, null, null, null, reportDir);
        }
        log.info("Audit {}: running the checks", quarter);
        CheckRun.Summary summary = new CheckRun(es.connection(), es.layout(), checks).run(quarter, false);
        log.info("Audit {}: writing the report to {}", quarter, reportDir);
        ReportReader reader = new ReportReader(es.connection(), es.layout(), context, config.report());
        ReportData data = reader.read(quarter, Instant.now())
                .withNotices(NoticeFollowUps.read(new BatchSightings(new NoticeBook(config.dataDir()),
                        new CrawlSightings(es.connection(), es.layout()))));
        ReportWriter.Written written = new ReportWriter().write(data, reader.evidence(quarter), reportDir);
        return new Result(outcomes, summary, data, written, reportDir);
    }

    /** Stops the crawl (it checkpoints and stays resumable); the checks and report are then skipped. */
    public void interrupt() {
        interrupted = true;
        Crawler c = crawler;
        if (c != null) {
            c.interrupt();
        }
    }

    /** True when {@link #interrupt()} stopped the run. */
    public boolean wasInterrupted() {
        return interrupted;
    }
}
