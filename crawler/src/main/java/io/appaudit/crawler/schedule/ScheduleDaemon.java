package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.checks.ListingChecks;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler daemon ({@code appaudit schedule}): joins the job store's nodes, brings the jobs in line with the
 * configuration, and runs Quartz until stopped. Stopping interrupts the running crawls (they checkpoint and stay
 * resumable) and shuts Quartz down within the grace time.
 */
public final class ScheduleDaemon {

    private static final Logger log = LoggerFactory.getLogger(ScheduleDaemon.class);

    private final JobStore store;
    private final Scheduler scheduler;
    private final SchedulerNodes.Membership membership;
    private final SharedElastic elastic;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ScheduleDaemon(JobStore store, Scheduler scheduler, SchedulerNodes.Membership membership,
                           SharedElastic elastic) {
        this.store = store;
        this.scheduler = scheduler;
        this.membership = membership;
        this.elastic = elastic;
    }

    /**
     * Starts a daemon.
     *
     * @param checks the listing checks, loaded for each run
     * @throws JobStoreException when the job store cannot be used, or another daemon holds a single-node store
     */
    public static ScheduleDaemon start(AppauditConfig config, Supplier<ListingChecks> checks) {
        JobStore store = JobStore.open(config.schedule());
        SharedElastic elastic = new SharedElastic(config.elastic());
        SchedulerNodes.Membership membership = null;
        Scheduler scheduler = null;
        try {
            SchedulerNode self = new SchedulerNode(store.instanceId(), store.host(), ProcessHandle.current().pid(),
                    config.schedule().clustered(), Instant.now(), Instant.now());
            store.nodes().admit(self);
            JobRuns runs = store.runs();
            ScheduledChecks checksAfter = new ScheduledChecks(elastic, checks, runs, store.instanceId(), store.host());
            ScheduledCrawl crawl = new ScheduledCrawl(config, elastic, checks, runs, store.instanceId(), store.host());
            ScheduledNoticeFollow notices = new ScheduledNoticeFollow(config, elastic, checks, runs, store.instanceId(),
                    store.host());
            scheduler = store.scheduler(new ScheduleJobFactory(crawl, checksAfter, notices),
                    config.schedule().threadCount());
            new ScheduleSync(config, TimeZone.getDefault()).apply(scheduler)
                    .forEach(c -> log.info("Schedule: {}", c));
            scheduler.start();
            membership = store.nodes().join(self);
            log.info("Scheduler {} started on {} ({}; {} thread(s))", store.instanceId(), store.where(),
                    config.schedule().clustered() ? "clustered" : "single node", config.schedule().threadCount());
            return new ScheduleDaemon(store, scheduler, membership, elastic);
        } catch (SQLException | SchedulerException | RuntimeException e) {
            shutdownQuietly(scheduler);
            if (membership != null) {
                membership.close();
            }
            elastic.close();
            store.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new JobStoreException("Cannot start the scheduler on " + store.where() + ": " + e.getMessage(), e);
        }
    }

    public JobStore store() {
        return store;
    }

    /**
     * Stops: no new job starts, the running crawls are interrupted (they checkpoint), Quartz waits for them and
     * shuts down. Returns when that is done or after {@code grace}, whichever comes first; a job still running then
     * is left to the job store's recovery.
     */
    public void stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            scheduler.standby();
            for (JobExecutionContext running : scheduler.getCurrentlyExecutingJobs()) {
                log.info("Stopping {}: it checkpoints and resumes later", running.getJobDetail().getKey());
                scheduler.interrupt(running.getFireInstanceId());
            }
        } catch (SchedulerException e) {
            log.warn("Stopping the running jobs failed: {}", e.getMessage());
        }
        Thread quartz = new Thread(() -> shutdownQuietly(scheduler), "appaudit-schedule-shutdown");
        quartz.start();
        try {
            quartz.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (quartz.isAlive()) {
            log.warn("Jobs still running after the grace time of {} s: the job store recovers them at the next "
                    + "start", grace.toSeconds());
        } else {
            membership.close();
            elastic.close();
            store.close();
            log.info("Scheduler {} stopped", store.instanceId());
        }
        stopped.countDown();
    }

    /** Waits until {@link #stop} has returned. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private static void shutdownQuietly(Scheduler s) {
        if (s == null) {
            return;
        }
        try {
            s.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Quartz did not shut down cleanly: {}", e.getMessage());
        }
    }
}
