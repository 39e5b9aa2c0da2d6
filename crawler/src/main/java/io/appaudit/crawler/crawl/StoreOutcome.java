package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one store's run went.
 *
 * @param outcome {@link CrawlRunDocument#COMPLETED}, {@link CrawlRunDocument#FAILED} or
 *                {@link CrawlRunDocument#INTERRUPTED}
 * @param health          whether the run can be trusted, and why not
 * @param indexFailures   documents Elasticsearch did not take after the sink's retries
 * @param indexFailedApps the apps of those documents, each once (store, store app id and package)
 */
public record StoreOutcome(StoreId store, String runId, Instant started, Instant ended, String outcome,
                           Optional<String> failureReason, CrawlCounters counts, StoreHealth health,
                           long indexFailures, List<String> indexFailedApps, boolean resumed) {

    public StoreOutcome {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(health, "health");
        indexFailedApps = List.copyOf(indexFailedApps);
    }

    /** The run did not complete: it failed or was interrupted. */
    public boolean failed() {
        return !CrawlRunDocument.COMPLETED.equals(outcome);
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
