package io.appaudit.crawler.audit;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.RunSnapshots;
import io.appaudit.indexer.runs.CrawlRuns;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's previous quarter: the crawl of a second replay (the stores as they were a quarter ago), run now
 * through the real crawler and checks, with every snapshot and crawl run dated back into the previous quarter
 * ({@link BackdatedSink}), then that quarter's checks. The current quarter's audit that follows then has a quarter to
 * compare with: a trend, and new, persisting and rectified findings.
 */
public final class PreviousQuarterCrawl {

    private static final Logger log = LoggerFactory.getLogger(PreviousQuarterCrawl.class);

    /** What the crawl and the checks of the previous quarter did. */
    public record Result(Quarter quarter, List<StoreOutcome> crawl, CheckRun.Summary checks) {
    }

    private final AppauditConfig config;
    private final Duration backBy;

    /** @param now the time of the demo; the previous quarter's crawl is dated as far into that quarter as now is into its own */
    public PreviousQuarterCrawl(AppauditConfig config, Instant now) {
        this.config = config;
        this.backBy = backBy(now);
    }

    /**
     * How far back the crawl is dated: to the same offset into the previous quarter as {@code now} is into its own
     * (at most a day before the previous quarter ends), about 91 days, the span between the demo's two replays.
     */
    public static Duration backBy(Instant now) {
        Quarter current = Quarter.of(now);
        Quarter previous = current.previous();
        Duration into = Duration.between(current.start(), now);
        Duration latest = Duration.between(previous.start(), previous.end()).minusDays(1);
        return Duration.between(previous.start().plus(into.compareTo(latest) > 0 ? latest : into), now);
    }

    public Result run(ElasticSession es, CrawlOptions options) throws IOException {
        Quarter quarter = Quarter.of(Instant.now().minus(backBy));
        ListingChecks checks = ListingChecks.of(CheckContext.load(config.checks()));
        log.info("Demo: crawling the previous quarter's replay, dated back {} days into {}", backBy.toDays(), quarter);
        List<StoreOutcome> outcomes = new Crawler(config, es,
                sink -> new BackdatedSink(new CheckingSink(sink, checks), backBy)).run(options, Optional.empty());
        CrawlRuns runs = new CrawlRuns(es.connection(), es.layout());
        for (StoreOutcome o : outcomes) {
            moveSnapshots(es, o);
            backdateRun(runs, o.runId());
        }
        CheckRun.Summary summary = new CheckRun(es.connection(), es.layout(), checks).run(quarter, false);
        return new Result(quarter, outcomes, summary);
    }

    /** A run's snapshots go to the monthly index of its backdated start, where the quarter's readers look. */
    private void moveSnapshots(ElasticSession es, StoreOutcome o) throws IOException {
        String from = es.layout().listingsIndex(o.started());
        String to = es.layout().listingsIndex(o.started().minus(backBy));
        new RunSnapshots(es.connection()).move(o.runId(), from, to);
    }

    /** The run's record is dated back with its snapshots, so the crawl health of each quarter shows its own run. */
    private void backdateRun(CrawlRuns runs, String runId) throws IOException {
        Optional<CrawlRunDocument> run = runs.find(runId);
        if (run.isEmpty()) {
            log.warn("Demo: crawl run {} was not recorded; the previous quarter's crawl health will lack it", runId);
            return;
        }
        runs.recordVisible(run.get().datedBack(backBy));
    }
}
