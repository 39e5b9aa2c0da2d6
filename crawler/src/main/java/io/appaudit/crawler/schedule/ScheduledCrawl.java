package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlCounters;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.runs.CrawlRuns;
import io.appaudit.indexer.runs.RunIds;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's scheduled crawl: the crawler run in resume mode with the store's configured limits, each listing
 * checked as it is stored, the run recorded in the job store and (by the crawler) in the crawl-runs index, and the
 * checks asked for after a completed crawl. A run that fails before the crawler starts is recorded too: in the
 * crawl-runs index when Elasticsearch answers, and in the job store and the log in any case.
 */
public final class ScheduledCrawl {

    /**
     * How a run ended.
     *
     * @param outcome how the run ended
     * @param checks  the quarter whose checks are due: a crawl completed and schedule.checks-after-crawl
     */
    public record Result(CrawlRunOutcome outcome, Optional<Quarter> checks) {

        static Result of(CrawlRunOutcome outcome) {
            return new Result(outcome, Optional.empty());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ScheduledCrawl.class);

    private final AppauditConfig config;
    private final SharedElastic elastic;
    private final Supplier<ListingChecks> checks;
    private final JobRuns runs;
    private final String instanceId;
    private final String host;

    /** @param checks the listing checks, loaded for each run (their user files may change between runs) */
    ScheduledCrawl(AppauditConfig config, SharedElastic elastic, Supplier<ListingChecks> checks, JobRuns runs,
                   String instanceId, String host) {
        this.config = config;
        this.elastic = elastic;
        this.checks = checks;
        this.runs = runs;
        this.instanceId = instanceId;
        this.host = host;
    }

    /** Runs the store's crawl; returns its recorded outcome. */
    public Result run(StoreId store, Firing firing, CrawlStop stop) throws SQLException {
        JobRun run = runs.begin(store.id(), firing, instanceId, host);
        log.info("{}: {} crawl starts on {}{}", store, firing.triggeredBy(), instanceId,
                firing.recovering() ? " (recovering the run of a node that died)" : "");
        try {
            return crawl(store, firing, stop, run);
        } finally {
            stop.finished();
        }
    }

    private Result crawl(StoreId store, Firing firing, CrawlStop stop, JobRun run) throws SQLException {
        ElasticSession es;
        try {
            es = elastic.session();
        } catch (RuntimeException e) {
            String reason = "Elasticsearch unreachable: " + e.getMessage();
            log.error("{}: {} crawl not started, and no crawl-run document written: {}", store,
                    firing.triggeredBy(), reason);
            runs.end(run, CrawlRunOutcome.FAILED, Optional.empty(), reason);
            return Result.of(CrawlRunOutcome.FAILED);
        }
        StoreOutcome o;
        try {
            ListingChecks listingChecks = checks.get();
            if (stop.requested()) {
                runs.end(run, CrawlRunOutcome.INTERRUPTED, Optional.empty(), "stopped before the crawl started");
                return Result.of(CrawlRunOutcome.INTERRUPTED);
            }
            Crawler crawler = new Crawler(config, es, sink -> new CheckingSink(sink, listingChecks));
            stop.attach(crawler);
            List<StoreOutcome> outcomes = crawler.run(new CrawlOptions(List.of(store), OptionalInt.empty(),
                    CrawlOptions.Mode.RESUME, true, firing.triggeredBy()), Optional.empty());
            if (outcomes.isEmpty()) {
                throw new IllegalStateException("the crawler returned no outcome (its thread was interrupted)");
            }
            o = outcomes.get(0);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            log.error("{}: {} crawl failed before the crawler could record it: {}", store, firing.triggeredBy(),
                    reason);
            log.debug("{}: the failure", store, e);
            String runId = recordFailure(es, store, firing, run.startedAt(), reason);
            runs.end(run, CrawlRunOutcome.FAILED, Optional.of(runId), reason);
            return Result.of(CrawlRunOutcome.FAILED);
        }
        // a run that completed without delivering what it should is recorded as failed: it is not a success
        CrawlRunOutcome outcome = o.healthy() ? o.outcome() : o.outcome() == CrawlRunOutcome.INTERRUPTED
                ? CrawlRunOutcome.INTERRUPTED : CrawlRunOutcome.FAILED;
        runs.end(run, outcome, Optional.of(o.runId()), detail(o));
        if (o.healthy()) {
            log.info("{}: {} crawl {} ({}): {}", store, firing.triggeredBy(), outcome, o.runId(), detail(o));
        } else {
            log.error("{}: {} crawl {} ({}): {}", store, firing.triggeredBy(), outcome, o.runId(), detail(o));
        }
        return new Result(outcome, !o.failed() && config.schedule().checksAfterCrawl()
                ? Optional.of(Quarter.of(o.started())) : Optional.empty());
    }

    static String detail(StoreOutcome o) {
        CrawlCounters n = o.counts();
        return String.format(Locale.ROOT, "%d listings, %d unchanged, %d not listed, %d parse problems, %d errors, "
                        + "%d pages, %d requests%s%s", n.get(Count.LISTINGS), n.get(Count.UNCHANGED),
                n.get(Count.NOT_LISTED), n.get(Count.PARSE_PROBLEMS), n.get(Count.ERRORS), n.get(Count.PAGES),
                n.get(Count.REQUESTS), o.resumed() ? ", resumed" : "", o.healthy() ? "" : "; unhealthy: " + o.reason());
    }

    /** Writes a failed crawl-run document for a run the crawler never recorded; returns its run id. */
    private String recordFailure(ElasticSession es, StoreId store, Firing firing, Instant started, String reason) {
        String runId = RunIds.next(started, store.id());
        Instant ended = Instant.now();
        CrawlRunDocument doc = CrawlRunDocument.failedBeforeCounting(runId, store.id(), firing.triggeredBy(), started,
                ended, reason, host);
        try {
            new CrawlRuns(es.connection(), es.layout()).record(doc);
        } catch (IOException | RuntimeException e) {
            log.error("{}: could not record the failed run {} in Elasticsearch either: {}", store, runId,
                    e.toString());
        }
        return runId;
    }
}
