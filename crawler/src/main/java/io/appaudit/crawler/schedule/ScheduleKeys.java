package io.appaudit.crawler.schedule;

import io.appaudit.stores.StoreId;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/** The names of appaudit's jobs and triggers in the job store, and of the job data they carry. */
public final class ScheduleKeys {

    /** The group of the crawl jobs and of their cron triggers; a job and its trigger are named after the store. */
    public static final String CRAWL_GROUP = "crawl";
    /** The checks run after crawls: one job, fired by the crawl jobs. */
    public static final JobKey CHECKS = JobKey.jobKey("checks", "appaudit");
    /** The daily follow-up of the imported notice batches, and its cron trigger. */
    public static final JobKey NOTICES = JobKey.jobKey("notices", "appaudit");
    public static final TriggerKey NOTICES_CRON = TriggerKey.triggerKey("notices", "appaudit");

    static final String STORE = "store";
    static final String TRIGGERED_BY = "trigger";
    static final String REQUEST = "request";
    static final String QUARTER = "quarter";

    private ScheduleKeys() {
    }

    public static JobKey crawl(StoreId store) {
        return JobKey.jobKey(store.id(), CRAWL_GROUP);
    }

    public static TriggerKey cron(StoreId store) {
        return TriggerKey.triggerKey(store.id(), CRAWL_GROUP);
    }
}
