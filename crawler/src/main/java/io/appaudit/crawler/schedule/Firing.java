package io.appaudit.crawler.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a job runs now.
 *
 * @param triggeredBy {@link #SCHEDULE} or {@link #RUN_NOW}, kept in the crawl-run document's {@code trigger}
 * @param requestId   the run-now request, when there is one
 * @param recovering  Quartz runs it again because the node that ran it died
 */
public record Firing(String triggeredBy, Optional<String> requestId, boolean recovering,
                     Optional<Instant> scheduledAt) {

    public static final String SCHEDULE = "schedule";
    public static final String RUN_NOW = "run-now";

    public Firing {
        if (!SCHEDULE.equals(triggeredBy) && !RUN_NOW.equals(triggeredBy)) {
            throw new IllegalArgumentException("Unknown trigger '" + triggeredBy + "'");
        }
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }
}
