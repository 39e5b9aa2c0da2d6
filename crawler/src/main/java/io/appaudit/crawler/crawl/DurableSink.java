package io.appaudit.crawler.crawl;

import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Hands a page's snapshots to the sink without losing them in a crash. Before the sink sees them, the page is
 * committed to the crawl state as done and as pending; it stays pending until a checkpoint has flushed the sink
 * (Elasticsearch answered for every item). A resumed run handles its pending pages again, reading them back from
 * their WARC captures, and so sends their snapshots again; snapshot ids are deterministic, so sending twice
 * overwrites rather than duplicates. A checkpoint confirms nothing when an item is still unanswered or was given up
 * while Elasticsearch did not answer, nor after a page's snapshots could not be handed over: those pages stay
 * pending, and the checkpoint says why, so that the run stops resumable rather than completing without them.
 */
final class DurableSink {

    /** A store package whose listing page said it is not listed. */
    record NotListedMark(String store, String packageName, Instant at) {
    }

    private final ListingSink sink;
    private final ElasticListingSink apps;
    private final CrawlState state;
    private final Supplier<Map<String, Long>> counters;
    /** Pages emit under the read lock; a checkpoint takes the write lock, so nothing is accepted mid-flush. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Items Elasticsearch had left unsent at the last checkpoint. */
    private long unsentSeen;
    /** Why a page's snapshots could not be handed to the sink; from then on nothing is confirmed. */
    private volatile String refused;

    /**
     * @param sink     the sink snapshots go to (possibly a decorator over {@code apps})
     * @param apps     the Elasticsearch sink that also keeps the apps index, for not-listed marks
     * @param counters the run's counters, saved with each page so that a resumed run's counts add up
     */
    DurableSink(ListingSink sink, ElasticListingSink apps, CrawlState state, Supplier<Map<String, Long>> counters) {
        this.sink = sink;
        this.apps = apps;
        this.state = state;
        this.counters = counters;
    }

    /**
     * Commits the page as done (pending when it has snapshots), then hands its snapshots to the sink, which may
     * wait while Elasticsearch does not answer.
     *
     * @throws ElasticException when the sink gave up waiting for Elasticsearch; the page stays pending
     */
    void emit(String pageKey, List<ListingDocument> docs, List<NotListedMark> marks) {
        lock.readLock().lock();
        try {
            if (!docs.isEmpty() || !marks.isEmpty()) {
                state.pending(pageKey);
            } else {
                state.done(pageKey);
            }
            state.counters(counters.get());
            state.commit();
            docs.forEach(sink::accept);
            marks.forEach(m -> apps.markNotListed(m.store(), m.packageName(), m.at()));
        } catch (ElasticException e) {
            refused = e.getMessage();
            throw e;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Commits the page as done with its "not listed" answer held back: nothing goes to the sink until the run's end
     * (then {@link #emit} records it, or the crawl state withholds it).
     */
    void hold(String pageKey) {
        lock.readLock().lock();
        try {
            state.held(pageKey);
            state.counters(counters.get());
            state.commit();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Flushes the sink and forgets the pending pages it confirmed; saves the counters with it.
     *
     * @return why nothing could be confirmed (snapshots Elasticsearch has not taken); empty when all was
     */
    Optional<String> checkpoint() {
        lock.writeLock().lock();
        try {
            List<String> pages = state.pendingPages();
            sink.flush();
            BulkSink.Stats stats = apps.stats();
            Optional<String> unconfirmed = unconfirmed(stats);
            unsentSeen = stats.unsent();
            if (unconfirmed.isEmpty()) {
                state.confirmed(pages);
            }
            state.counters(counters.get());
            state.commit();
            return unconfirmed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Optional<String> unconfirmed(BulkSink.Stats stats) {
        if (refused != null) {
            return Optional.of(refused);
        }
        if (stats.unsent() > unsentSeen) {
            return Optional.of("Elasticsearch did not take " + (stats.unsent() - unsentSeen) + " document(s) "
                    + "(see the log): stopping; run the crawl again once it answers and it resumes, sending them again");
        }
        if (stats.pending() > 0) {
            return Optional.of("Elasticsearch has not answered for " + stats.pending() + " document(s): stopping; "
                    + "run the crawl again once it answers and it resumes, sending them again");
        }
        return Optional.empty();
    }
}
