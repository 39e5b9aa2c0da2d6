package io.appaudit.crawler.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Makes appaudit's jobs with the services they hand over to (Quartz's own factory wants no-argument jobs). */
final class ScheduleJobFactory implements JobFactory {

    private final ScheduledCrawl crawl;
    private final ScheduledChecks checks;
    private final ScheduledNoticeFollow notices;

    ScheduleJobFactory(ScheduledCrawl crawl, ScheduledChecks checks, ScheduledNoticeFollow notices) {
        this.crawl = crawl;
        this.checks = checks;
        this.notices = notices;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == StoreCrawlJob.class) {
            return new StoreCrawlJob(crawl);
        }
        if (type == ChecksJob.class) {
            return new ChecksJob(checks);
        }
        if (type == NoticeFollowJob.class) {
            return new NoticeFollowJob(notices);
        }
        throw new SchedulerException("Job " + bundle.getJobDetail().getKey() + " has an unknown class " + type.getName());
    }
}
