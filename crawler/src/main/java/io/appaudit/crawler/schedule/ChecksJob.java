package io.appaudit.crawler.schedule;

import io.appaudit.indexer.docs.Quarter;
import java.sql.SQLException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job of the checks after a crawl, fired by the crawl jobs with the quarter to check: one at a time in
 * the whole cluster, since two runs would reconcile the same findings.
 */
@DisallowConcurrentExecution
final class ChecksJob implements Job {

    private final ScheduledChecks checks;

    ChecksJob(ScheduledChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Quarter quarter = Quarter.parse(context.getMergedJobDataMap().getString(ScheduleKeys.QUARTER));
        try {
            checks.run(quarter, StoreCrawlJob.firing(context));
        } catch (SQLException e) {
            throw new JobExecutionException("The job store failed while recording the checks: " + e.getMessage(), e);
        }
    }
}
