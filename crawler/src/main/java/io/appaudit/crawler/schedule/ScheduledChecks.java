package io.appaudit.crawler.schedule;

import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The checks of a quarter after a crawl, as {@code appaudit check} runs them; recorded in the job store. */
public final class ScheduledChecks {

    static final String JOB = ScheduleKeys.CHECKS.getName();
    private static final Logger log = LoggerFactory.getLogger(ScheduledChecks.class);

    private final SharedElastic elastic;
    private final Supplier<ListingChecks> checks;
    private final JobRuns runs;
    private final String instanceId;
    private final String host;

    ScheduledChecks(SharedElastic elastic, Supplier<ListingChecks> checks, JobRuns runs, String instanceId,
                    String host) {
        this.elastic = elastic;
        this.checks = checks;
        this.runs = runs;
        this.instanceId = instanceId;
        this.host = host;
    }

    /** Runs the quarter's checks; returns the recorded outcome. */
    public CrawlRunOutcome run(Quarter quarter, Firing firing) throws SQLException {
        JobRun run = runs.begin(JOB, firing, instanceId, host);
        try {
            ElasticSession es = elastic.session();
            CheckRun.Summary s = new CheckRun(es.connection(), es.layout(), checks.get()).run(quarter, false);
            long problems = s.problemsByCheck().values().stream().mapToLong(Long::longValue).sum();
            String detail = String.format(Locale.ROOT, "%s: %d apps, %d problem(s), findings %d written, "
                    + "%d unchanged, %d deleted", s.quarter(), s.apps(), problems, s.written(), s.unchanged(),
                    s.deleted());
            log.info("Checks after a crawl: {}", detail);
            runs.end(run, CrawlRunOutcome.COMPLETED, Optional.empty(), detail);
            return CrawlRunOutcome.COMPLETED;
        } catch (IOException | RuntimeException e) {
            String reason = quarter + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            log.error("Checks after a crawl failed: {}", reason);
            runs.end(run, CrawlRunOutcome.FAILED, Optional.empty(), reason);
            return CrawlRunOutcome.FAILED;
        }
    }
}
