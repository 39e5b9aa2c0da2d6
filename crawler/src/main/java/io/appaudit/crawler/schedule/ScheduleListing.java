package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreId;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * {@code appaudit schedule --list}: every job in the job store with its schedule, previous and next fire time and
 * state, its last run, the daemons using the store, and where the configuration differs from the store (a daemon
 * applies it when it starts). Read through a scheduler that is never started: nothing runs.
 */
public final class ScheduleListing {

    /** One job. */
    public record Line(String job, String schedule, Optional<Instant> previous, Optional<Instant> next, String state,
                       Optional<JobRun> last, List<String> pending) {
    }

    /** Everything listed. */
    public record View(List<Line> jobs, List<SchedulerNode> nodes, List<String> differences) {
    }

    private ScheduleListing() {
    }

    public static View read(JobStore store, AppauditConfig config) {
        Scheduler s = store.scheduler(RunNow.NO_JOBS, 1);
        try {
            List<Line> lines = new ArrayList<>();
            List<String> differences = new ArrayList<>();
            JobRuns runs = store.runs();
            List<JobKey> keys = new ArrayList<>();
            for (String group : s.getJobGroupNames()) {
                keys.addAll(s.getJobKeys(GroupMatcher.jobGroupEquals(group)));
            }
            // the stores in their usual order, then the checks and anything else
            keys.sort(Comparator.comparingInt(ScheduleListing::order).thenComparing(JobKey::toString));
            for (JobKey key : keys) {
                lines.add(line(s, key, runs));
            }
            for (StoreId id : StoreId.values()) {
                boolean stored = s.checkExists(ScheduleKeys.crawl(id));
                String cron = config.store(id).schedule();
                if (config.store(id).enabled() && !stored) {
                    differences.add(id.id() + ": enabled here, not in the job store (a daemon adds it when it starts)");
                } else if (!config.store(id).enabled() && stored) {
                    differences.add(id.id() + ": disabled here, still in the job store (a daemon removes it when it "
                            + "starts)");
                } else if (stored && s.getTrigger(ScheduleKeys.cron(id)) instanceof CronTrigger c
                        && !c.getCronExpression().equals(cron)) {
                    differences.add(id.id() + ": \"" + cron + "\" here, \"" + c.getCronExpression() + "\" in the job "
                            + "store (a daemon updates it when it starts)");
                }
            }
            return new View(lines, store.nodes().all(), differences);
        } catch (SchedulerException | SQLException e) {
            throw new JobStoreException("Cannot read the job store " + store.where() + ": " + e.getMessage(), e);
        } finally {
            RunNow.shutdownQuietly(s);
        }
    }

    private static int order(JobKey key) {
        if (key.getGroup().equals(ScheduleKeys.CRAWL_GROUP)) {
            for (StoreId id : StoreId.values()) {
                if (id.id().equals(key.getName())) {
                    return id.ordinal();
                }
            }
        }
        return StoreId.values().length;
    }

    private static Line line(Scheduler s, JobKey key, JobRuns runs) throws SchedulerException, SQLException {
        String schedule = key.equals(ScheduleKeys.CHECKS) ? "after crawls" : "-";
        Optional<Instant> previous = Optional.empty();
        Optional<Instant> next = Optional.empty();
        String state = "no trigger";
        List<String> pending = new ArrayList<>();
        for (Trigger t : s.getTriggersOfJob(key)) {
            if (t instanceof CronTrigger c) {
                schedule = c.getCronExpression();
                previous = instant(c.getPreviousFireTime());
                next = instant(c.getNextFireTime());
                state = state(s.getTriggerState(c.getKey()));
            } else {
                // a one-off (run-now, resume, checks): listed while it waits; the one firing now is the running job
                Trigger.TriggerState st = s.getTriggerState(t.getKey());
                if (st == Trigger.TriggerState.NORMAL || st == Trigger.TriggerState.BLOCKED) {
                    String by = t.getJobDataMap().containsKey(ScheduleKeys.TRIGGERED_BY)
                            ? t.getJobDataMap().getString(ScheduleKeys.TRIGGERED_BY) : "one-off";
                    pending.add(by + (key.equals(ScheduleKeys.CHECKS) ? " of " + t.getJobDataMap()
                            .getString(ScheduleKeys.QUARTER) : "") + (st == Trigger.TriggerState.BLOCKED
                            ? ", after the running one" : ", waiting for a daemon"));
                }
            }
        }
        Optional<JobRun> last = runs.latest(key.getName(), 1).stream().findFirst();
        if (last.isPresent() && !last.get().ended()) {
            state = "running";
        }
        return new Line(key.getName(), schedule, previous, next, state, last, pending);
    }

    private static String state(Trigger.TriggerState state) {
        return switch (state) {
            case NORMAL -> "waiting";
            case BLOCKED -> "running";
            case PAUSED -> "paused";
            case COMPLETE -> "complete";
            case ERROR -> "error";
            case NONE -> "no trigger";
        };
    }

    private static Optional<Instant> instant(Date d) {
        return Optional.ofNullable(d).map(Date::toInstant);
    }

    /** The view as text. */
    public static String format(View v, ZoneId zone, Instant now) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
        StringBuilder sb = new StringBuilder();
        if (v.jobs().isEmpty()) {
            sb.append("No job in the job store: a daemon (appaudit schedule) adds them when it starts.\n");
        } else {
            sb.append(String.format(Locale.ROOT, "%-8s %-22s %-19s  %-19s  %-10s %s%n", "JOB", "SCHEDULE",
                    "PREVIOUS FIRE", "NEXT FIRE", "STATE", "LAST RUN"));
            for (Line l : v.jobs()) {
                sb.append(String.format(Locale.ROOT, "%-8s %-22s %-19s  %-19s  %-10s %s%n", l.job(), l.schedule(),
                        l.previous().map(time::format).orElse("-"), l.next().map(time::format).orElse("-"),
                        l.state(), l.last().map(r -> lastRun(r, time, now)).orElse("-")));
                l.pending().forEach(p -> sb.append("         pending: ").append(p).append('\n'));
            }
            sb.append("Times in ").append(zone.getId()).append(".\n");
        }
        List<SchedulerNode> alive = v.nodes().stream().filter(n -> n.alive(now)).toList();
        if (alive.isEmpty()) {
            sb.append("No scheduler daemon is running on this job store: start one with `appaudit schedule`.\n");
        } else {
            sb.append("Daemons: ").append(alive.stream().map(n -> n.describe() + ", up since "
                    + time.format(n.startedAt())).collect(Collectors.joining("; "))).append('\n');
        }
        v.differences().forEach(d -> sb.append("Configuration: ").append(d).append('\n'));
        return sb.toString();
    }

    private static String lastRun(JobRun r, DateTimeFormatter time, Instant now) {
        return r.outcome().orElse("running") + " (" + r.triggeredBy() + (r.recovering() ? ", recovered" : "")
                + ") " + time.format(r.startedAt()) + " on " + r.instanceId() + ", " + human(r.duration(now))
                + r.detail().map(d -> ": " + d).orElse("");
    }

    /** A duration in seconds, minutes or hours. */
    public static String human(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min" : String.format(Locale.ROOT, "%d h %02d min",
                s / 3600, (s % 3600) / 60);
    }
}
