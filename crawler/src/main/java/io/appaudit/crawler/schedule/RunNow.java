package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.stores.StoreId;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code appaudit schedule --run-now STORE}: a one-off trigger of the store's job stored in the job store, which a
 * running daemon (this machine's or another node's) fires within {@link JobStore#IDLE_WAIT}, after the store's
 * running crawl if there is one. Without a daemon the request is not stored (nobody would fire it); the crawl can
 * run in this process instead, recorded the same way.
 */
public final class RunNow {

    /** A scheduler that only reads and triggers. */
    static final JobFactory NO_JOBS = (bundle, scheduler) -> {
        throw new SchedulerException("This scheduler runs no jobs");
    };
    private static final Logger log = LoggerFactory.getLogger(RunNow.class);

    /** A stored request, and the daemons that may fire it. */
    public record Request(String requestId, List<SchedulerNode> daemons) {
    }

    private RunNow() {
    }

    /**
     * Stores a run-now trigger of the store's job when a daemon runs; empty when none does.
     *
     * @throws JobStoreException when the store has no job for the store
     */
    public static Optional<Request> trigger(JobStore store, StoreId id) {
        Scheduler s = store.scheduler(NO_JOBS, 1);
        try {
            List<SchedulerNode> daemons = store.nodes().alive();
            if (daemons.isEmpty()) {
                return Optional.empty();
            }
            if (!s.checkExists(ScheduleKeys.crawl(id))) {
                throw new JobStoreException("The job store has no crawl job for " + id.id() + ": is stores." + id.id()
                        + ".enabled true in the daemon's configuration? A daemon adds the jobs when it starts.");
            }
            String requestId = UUID.randomUUID().toString();
            JobDataMap data = new JobDataMap();
            data.put(ScheduleKeys.TRIGGERED_BY, Firing.RUN_NOW);
            data.put(ScheduleKeys.REQUEST, requestId);
            s.triggerJob(ScheduleKeys.crawl(id), data);
            log.info("{}: run-now request {} stored", id, requestId);
            return Optional.of(new Request(requestId, daemons));
        } catch (SchedulerException | SQLException e) {
            throw new JobStoreException("Cannot trigger " + id.id() + " in the job store " + store.where() + ": "
                    + e.getMessage(), e);
        } finally {
            shutdownQuietly(s);
        }
    }

    /**
     * Waits until the request has been answered: its latest run has ended. Returns that run.
     *
     * @param timeout how long to wait at most; empty when it passed first
     */
    public static Optional<JobRun> await(JobStore store, String requestId, Duration poll, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                List<JobRun> runs = store.runs().answering(requestId);
                if (!runs.isEmpty() && runs.get(runs.size() - 1).ended()) {
                    return Optional.of(runs.get(runs.size() - 1));
                }
            } catch (SQLException e) {
                log.warn("Reading the job store failed, trying again: {}", e.toString());
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /**
     * Runs the store's crawl in this process, recorded as a run-now in the job store and the crawl-runs index, and
     * the checks after it when due. Only while no daemon runs: then nothing else runs the store's job.
     */
    public static JobRun runHere(AppauditConfig config, JobStore store, StoreId id, Supplier<ListingChecks> checks,
                                 CrawlStop stop) throws SQLException {
        Firing firing = new Firing(Firing.RUN_NOW, Optional.of(UUID.randomUUID().toString()), false,
                Optional.empty());
        JobRuns runs = store.runs();
        try (SharedElastic elastic = new SharedElastic(config.elastic())) {
            ScheduledCrawl.Result result = new ScheduledCrawl(config, elastic, checks, runs, store.instanceId(),
                    store.host()).run(id, firing, stop);
            if (result.checks().isPresent()) {
                new ScheduledChecks(elastic, checks, runs, store.instanceId(), store.host())
                        .run(result.checks().get(), firing);
            }
        }
        return runs.answering(firing.requestId().orElseThrow()).stream().filter(r -> r.job().equals(id.id()))
                .reduce((a, b) -> b).orElseThrow();
    }

    static void shutdownQuietly(Scheduler s) {
        try {
            s.shutdown(false);
        } catch (SchedulerException e) {
            log.debug("Closing a reading scheduler failed: {}", e.toString());
        }
    }
}
