package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.ConfigException;
import io.appaudit.stores.StoreId;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Brings the job store in line with the configuration when a daemon starts: a durable crawl job per enabled store
 * (it asks to be recovered when its node dies) with a cron trigger that, after downtime, fires once at once
 * (MISFIRE_INSTRUCTION_FIRE_ONCE_NOW) and not once per missed slot; a changed cron or time zone replaces the
 * trigger, an unchanged one is left alone (so that a slot missed while no daemon ran is still fired); a disabled
 * store's job is removed; the checks job exists when schedule.checks-after-crawl, the notice follow-up job (its cron
 * trigger kept the same way) when schedule.notice-follow is set. Cron times are in this JVM's
 * time zone.
 */
final class ScheduleSync {

    private final AppauditConfig config;
    private final TimeZone zone;

    ScheduleSync(AppauditConfig config, TimeZone zone) {
        this.config = config;
        this.zone = zone;
    }

    /** Validates a store's cron expression, naming the key. */
    static CronExpression cron(StoreId store, String expression) {
        return cron("stores." + store.id() + ".schedule", expression);
    }

    /** Validates a cron expression, naming its configuration key. */
    static CronExpression cron(String key, String expression) {
        try {
            CronExpression.validateExpression(expression);
            return new CronExpression(expression);
        } catch (ParseException e) {
            throw new ConfigException(key + " '" + expression + "' is not a Quartz cron "
                    + "expression (seconds minutes hours day-of-month month day-of-week [year]): " + e.getMessage());
        }
    }

    /** Applies the configuration; returns what changed, one line each. */
    List<String> apply(Scheduler s) throws SchedulerException {
        List<String> changes = new ArrayList<>();
        for (StoreId store : StoreId.values()) {
            if (config.store(store).enabled()) {
                ensureCrawl(s, store, changes);
            } else if (s.deleteJob(ScheduleKeys.crawl(store))) {
                changes.add(store.id() + ": removed (stores." + store.id() + ".enabled is false)");
            }
        }
        for (JobKey key : s.getJobKeys(GroupMatcher.jobGroupEquals(ScheduleKeys.CRAWL_GROUP))) {
            if (!known(key.getName()) && s.deleteJob(key)) {
                changes.add(key.getName() + ": removed (no such store)");
            }
        }
        if (config.schedule().checksAfterCrawl()) {
            JobDetail checks = JobBuilder.newJob(ChecksJob.class).withIdentity(ScheduleKeys.CHECKS)
                    .withDescription("audit checks after a crawl").storeDurably().requestRecovery().build();
            ensureJob(s, checks, changes);
        } else if (s.deleteJob(ScheduleKeys.CHECKS)) {
            changes.add("checks: removed (schedule.checks-after-crawl is false)");
        }
        Optional<String> follow = config.schedule().noticeFollow();
        if (follow.isPresent()) {
            JobDetail notices = JobBuilder.newJob(NoticeFollowJob.class).withIdentity(ScheduleKeys.NOTICES)
                    .withDescription("follow the imported notice batches").storeDurably().requestRecovery().build();
            ensureJob(s, notices, changes);
            ensureCron(s, notices, ScheduleKeys.NOTICES_CRON, "schedule.notice-follow", follow.get(), changes);
        } else if (s.deleteJob(ScheduleKeys.NOTICES)) {
            changes.add("notices: removed (schedule.notice-follow is empty)");
        }
        return changes;
    }

    private static boolean known(String name) {
        for (StoreId id : StoreId.values()) {
            if (id.id().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void ensureCrawl(Scheduler s, StoreId store, List<String> changes) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(StoreCrawlJob.class).withIdentity(ScheduleKeys.crawl(store))
                .withDescription("crawl " + store.id()).storeDurably().requestRecovery()
                .usingJobData(ScheduleKeys.STORE, store.id()).build();
        ensureJob(s, job, changes);
        ensureCron(s, job, ScheduleKeys.cron(store), "stores." + store.id() + ".schedule",
                config.store(store).schedule(), changes);
    }

    private void ensureCron(Scheduler s, JobDetail job, TriggerKey key, String configKey, String expression,
                            List<String> changes) throws SchedulerException {
        CronExpression cron = cron(configKey, expression);
        cron.setTimeZone(zone);
        String name = key.getName();
        Trigger wanted = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(expression).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .usingJobData(ScheduleKeys.TRIGGERED_BY, Firing.SCHEDULE).build();
        Trigger existing = s.getTrigger(wanted.getKey());
        boolean replace = existing != null && (!same(existing, expression)
                || s.getTriggerState(existing.getKey()) == Trigger.TriggerState.ERROR);
        if ((existing == null || replace) && cron.getNextValidTimeAfter(new Date()) == null) {
            // an unchanged trigger whose last slot passed while no daemon ran is kept: it still fires once
            throw new ConfigException(configKey + " '" + expression + "' never fires again");
        }
        if (existing == null) {
            try {
                s.scheduleJob(wanted);
                changes.add(name + ": scheduled \"" + expression + "\" (" + zone.getID() + ")");
            } catch (ObjectAlreadyExistsException e) {
                // another node starting at the same time scheduled it
            }
        } else if (replace) {
            s.rescheduleJob(existing.getKey(), wanted);
            changes.add(name + ": rescheduled \"" + expression + "\" (" + zone.getID() + ")"
                    + Optional.of(existing).filter(CronTrigger.class::isInstance).map(CronTrigger.class::cast)
                    .map(c -> ", was \"" + c.getCronExpression() + "\" (" + c.getTimeZone().getID() + ")").orElse(""));
        }
    }

    private boolean same(Trigger existing, String expression) {
        return existing instanceof CronTrigger c && c.getCronExpression().equals(expression)
                && c.getTimeZone().getID().equals(zone.getID())
                && c.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW;
    }

    private static void ensureJob(Scheduler s, JobDetail wanted, List<String> changes) throws SchedulerException {
        JobDetail existing = s.getJobDetail(wanted.getKey());
        if (existing == null) {
            try {
                s.addJob(wanted, false);
                changes.add(wanted.getKey().getName() + ": job added");
            } catch (ObjectAlreadyExistsException e) {
                // another node starting at the same time added it
            }
        } else if (!existing.getJobClass().equals(wanted.getJobClass()) || !existing.isDurable()
                || !existing.requestsRecovery()
                || !Objects.equals(existing.getJobDataMap().getString(ScheduleKeys.STORE),
                        wanted.getJobDataMap().getString(ScheduleKeys.STORE))) {
            s.addJob(wanted, true);
            changes.add(wanted.getKey().getName() + ": job updated");
        }
    }
}
