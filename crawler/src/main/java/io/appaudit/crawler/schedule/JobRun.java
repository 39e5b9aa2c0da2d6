package io.appaudit.crawler.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One execution of a job as the job store records it: which node ran it, why (a cron slot, a run-now request, a
 * resume), when, and how it ended. Open (no end) while it runs, and for good when its node died.
 *
 * @param job         the job's name: a store id, or {@code checks}
 * @param triggeredBy {@code schedule} or {@code run-now}
 * @param requestId   the run-now request it answers
 * @param recovering  Quartz re-ran it because the node that ran it died
 * @param runId       the crawl run (resumed runs keep their id)
 */
public record JobRun(String id, String job, String triggeredBy, Optional<String> requestId, String instanceId,
                     String host, boolean recovering, Optional<Instant> scheduledAt, Instant startedAt,
                     Optional<Instant> endedAt, Optional<String> outcome, Optional<String> runId,
                     Optional<String> detail) {

    public JobRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(triggeredBy, "triggeredBy");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean ended() {
        return endedAt.isPresent();
    }

    /** How long it ran, or has been running. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt.orElse(now));
    }
}
