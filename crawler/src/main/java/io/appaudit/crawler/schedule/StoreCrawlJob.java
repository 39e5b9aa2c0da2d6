package io.appaudit.crawler.schedule;

import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.stores.StoreId;
import java.sql.SQLException;
import java.util.Date;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one store's crawl: never two at once for a store, across the cluster. Interrupted when its
 * daemon stops: the crawl checkpoints, and the job leaves a trigger for itself in the job store, so that the next
 * daemon to start (or another node now) resumes the run.
 */
@DisallowConcurrentExecution
final class StoreCrawlJob implements InterruptableJob {

    private static final Logger log = LoggerFactory.getLogger(StoreCrawlJob.class);

    private final ScheduledCrawl crawl;
    private final CrawlStop stop = new CrawlStop();

    StoreCrawlJob(ScheduledCrawl crawl) {
        this.crawl = crawl;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        StoreId store = StoreId.of(data.getString(ScheduleKeys.STORE));
        Firing firing = firing(context);
        ScheduledCrawl.Result result;
        try {
            result = crawl.run(store, firing, stop);
        } catch (SQLException e) {
            throw new JobExecutionException("The job store failed while recording the crawl of " + store + ": "
                    + e.getMessage(), e);
        }
        result.checks().ifPresent(quarter -> requestChecks(context, quarter));
        if (stop.requested() && result.outcome() == CrawlRunOutcome.INTERRUPTED) {
            JobDataMap again = new JobDataMap();
            again.put(ScheduleKeys.TRIGGERED_BY, firing.triggeredBy());
            firing.requestId().ifPresent(r -> again.put(ScheduleKeys.REQUEST, r));
            try {
                context.getScheduler().triggerJob(context.getJobDetail().getKey(), again);
                log.info("{}: interrupted; a trigger to resume the run is stored: another node runs it now, or "
                        + "the next daemon to start", store);
            } catch (SchedulerException e) {
                log.warn("{}: interrupted, and no resume could be stored ({}): the next slot resumes the run",
                        store, e.getMessage());
            }
        }
    }

    private static void requestChecks(JobExecutionContext context, Quarter quarter) {
        JobDataMap data = new JobDataMap();
        data.put(ScheduleKeys.QUARTER, quarter.toString());
        data.put(ScheduleKeys.TRIGGERED_BY, Firing.SCHEDULE);
        try {
            context.getScheduler().triggerJob(ScheduleKeys.CHECKS, data);
        } catch (SchedulerException e) {
            log.error("Could not ask for the checks of {} after a crawl: {}", quarter, e.getMessage());
        }
    }

    static Firing firing(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String by = data.containsKey(ScheduleKeys.TRIGGERED_BY) ? data.getString(ScheduleKeys.TRIGGERED_BY)
                : Firing.SCHEDULE;
        return new Firing(by, Optional.ofNullable(data.getString(ScheduleKeys.REQUEST)), context.isRecovering(),
                Optional.ofNullable(context.getScheduledFireTime()).map(Date::toInstant));
    }

    @Override
    public void interrupt() {
        stop.request();
    }
}
