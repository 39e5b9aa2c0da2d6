package io.appaudit.crawler.schedule;

import java.time.Duration;
import java.time.Instant;

/** A scheduler daemon using the job store, as its last heartbeat left it. */
public record SchedulerNode(String instanceId, String host, long pid, boolean clustered, Instant startedAt,
                            Instant lastSeen) {

    /** Still beating: seen within three heartbeats. */
    public boolean alive(Instant now) {
        return lastSeen.isAfter(now.minus(SchedulerNodes.HEARTBEAT.multipliedBy(3)));
    }

    public String describe() {
        return instanceId + " (host " + host + ", pid " + pid + (clustered ? ", clustered" : "") + ")";
    }

    Duration since(Instant now) {
        return Duration.between(lastSeen, now);
    }
}
