package io.appaudit.indexer.ingest;

import io.appaudit.indexer.ElasticException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether Elasticsearch is answering bulk requests: an outage starts with a request that got no answer at all
 * (connection refused, reset, timed out) and ends with the next answered one. While it lasts, whoever adds
 * documents waits, so that fetching pauses instead of piling documents up in memory; once it has lasted longer
 * than the allowed outage, waiting gives up with an error that says so.
 */
final class Outage {

    private final Duration allowed;
    private final Object lock = new Object();
    /** System.nanoTime() of the first unanswered request of the current outage; 0 when there is none. */
    private long since;
    private String cause = "";

    Outage(Duration allowed) {
        this.allowed = allowed;
    }

    /** A bulk request got no answer; true when this begins an outage. */
    boolean unanswered(String why) {
        synchronized (lock) {
            cause = why;
            if (since == 0) {
                since = Math.max(1, System.nanoTime());
                return true;
            }
            return false;
        }
    }

    /** A bulk request was answered: Elasticsearch is back. Returns how long the outage it ends lasted, if any. */
    Optional<Duration> answered() {
        synchronized (lock) {
            if (since == 0) {
                return Optional.empty();
            }
            Duration lasted = Duration.ofNanos(System.nanoTime() - since);
            since = 0;
            lock.notifyAll();
            return Optional.of(lasted);
        }
    }

    /** How long the current outage has lasted, if there is one. */
    Optional<Duration> age() {
        synchronized (lock) {
            return since == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - since));
        }
    }

    /** True while an outage lasts and has not yet outlasted the allowed time. */
    boolean withinAllowance() {
        return age().map(a -> a.compareTo(allowed) <= 0).orElse(true);
    }

    /**
     * Returns at once when Elasticsearch answers; during an outage waits for its end, and gives up once the outage
     * has outlasted the allowed time.
     */
    void awaitAnswering() {
        synchronized (lock) {
            while (since != 0) {
                long left = allowed.toNanos() - (System.nanoTime() - since);
                if (left <= 0) {
                    throw new ElasticException("Elasticsearch has not answered for " + allowed.toSeconds()
                            + " s (elastic.ingest.max-outage; last error: " + cause + "): stopping. Nothing fetched "
                            + "is lost: run the crawl again once Elasticsearch is back and it resumes");
                }
                try {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ElasticException("Interrupted while waiting for Elasticsearch to answer again");
                }
            }
        }
    }
}
