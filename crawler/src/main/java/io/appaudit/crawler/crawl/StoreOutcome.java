package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one store's run went.
 *
 * @param outcome        {@link CrawlRunDocument#COMPLETED}, {@link CrawlRunDocument#FAILED} or
 *                       {@link CrawlRunDocument#INTERRUPTED}
 * @param adapterHealthy layout problems stayed at or under {@link #UNHEALTHY_SHARE} of the pages read
 */
public record StoreOutcome(StoreId store, String runId, Instant started, Instant ended, String outcome,
                           Optional<String> failureReason, CrawlCounters counts, boolean adapterHealthy,
                           long indexFailures, boolean resumed) {

    /** More than one page in ten unreadable means the store changed its layout, not that its apps are odd. */
    public static final double UNHEALTHY_SHARE = 0.10;

    public StoreOutcome {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(counts, "counts");
    }

    public boolean failed() {
        return !CrawlRunDocument.COMPLETED.equals(outcome);
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }

    static boolean healthy(long adapterProblems, long pages) {
        return adapterProblems <= UNHEALTHY_SHARE * pages;
    }
}
