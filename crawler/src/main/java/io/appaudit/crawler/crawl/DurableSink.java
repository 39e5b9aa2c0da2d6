package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Hands a page's snapshots to the sink without losing them in a crash. Before the sink sees them, the page is
 * committed to the crawl state as done and as pending; it stays pending until a checkpoint has flushed the sink
 * (Elasticsearch answered for every item). A resumed run handles its pending pages again, reading them back from
 * their WARC captures, and so sends their snapshots again; snapshot ids are deterministic, so sending twice
 * overwrites rather than duplicates.
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
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Flushes the sink and forgets the pending pages it confirmed; saves the counters with it. */
    void checkpoint() {
        lock.writeLock().lock();
        try {
            List<String> pages = state.pendingPages();
            sink.flush();
            state.confirmed(pages);
            state.counters(counters.get());
            state.commit();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
