package io.appaudit.crawler.schedule;

import java.sql.SQLException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job of the notice follow-up (schedule.notice-follow): one at a time in the whole cluster, since two
 * runs would record the same look-ups twice. Settled batches are skipped by {@link ScheduledNoticeFollow}.
 */
@DisallowConcurrentExecution
final class NoticeFollowJob implements Job {

    private final ScheduledNoticeFollow follow;

    NoticeFollowJob(ScheduledNoticeFollow follow) {
        this.follow = follow;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            follow.run(StoreCrawlJob.firing(context));
        } catch (SQLException e) {
            throw new JobExecutionException("The job store failed while recording the notice follow-up: "
                    + e.getMessage(), e);
        }
    }
}
