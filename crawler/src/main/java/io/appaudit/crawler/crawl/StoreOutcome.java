package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one store's run went.
 *
 * @param outcome completed, failed or interrupted
 * @param health          whether the run can be trusted, and why not
 * @param indexFailures   documents Elasticsearch did not take after the sink's retries
 * @param indexFailedApps the apps of those documents, each once (store, store app id and package)
 * @param discovery       what each discovery list (channel) gave, with its saturation; empty when the run never
 *                        got to discovery
 */
public record StoreOutcome(StoreId store, String runId, Instant started, Instant ended, CrawlRunOutcome outcome,
                           Optional<String> failureReason, CrawlCounters counts, StoreHealth health,
                           long indexFailures, List<String> indexFailedApps, boolean resumed,
                           List<ChannelTally> discovery) {

    public StoreOutcome {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(health, "health");
        indexFailedApps = List.copyOf(indexFailedApps);
        discovery = List.copyOf(discovery);
    }

    /** An outcome without a discovery tally (a run that never got to discovery). */
    public StoreOutcome(StoreId store, String runId, Instant started, Instant ended, CrawlRunOutcome outcome,
                        Optional<String> failureReason, CrawlCounters counts, StoreHealth health,
                        long indexFailures, List<String> indexFailedApps, boolean resumed) {
        this(store, runId, started, ended, outcome, failureReason, counts, health, indexFailures, indexFailedApps,
                resumed, List.of());
    }

    /** The run did not complete: it failed or was interrupted. */
    public boolean failed() {
        return outcome != CrawlRunOutcome.COMPLETED;
    }

    /** The run completed and delivered what it should have: see {@link StoreHealth}. */
    public boolean healthy() {
        return health.healthy();
    }

    public boolean adapterHealthy() {
        return health.adapterHealthy();
    }

    /** Why the run failed or is unhealthy, in words; empty for a healthy run. */
    public String reason() {
        return health.reason();
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }
}
