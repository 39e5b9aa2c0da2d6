package io.appaudit.crawler.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a page's snapshots to the sink without losing them in a crash. The snapshots and the page's "done" mark are
 * committed to the crawl state together before the sink sees them, and stay there as pending until a checkpoint
 * has flushed the sink (Elasticsearch answered for every item); a resumed run sends whatever is still pending
 * again. Snapshot ids are deterministic, so sending twice overwrites rather than duplicates.
 */
final class DurableSink {

    private static final Logger log = LoggerFactory.getLogger(DurableSink.class);
    private static final String DOC = "doc:";
    private static final String NOT_LISTED = "not-listed:";

    /** A store package whose listing page said it is not listed. */
    record NotListedMark(String store, String packageName, Instant at) {
    }

    private final ListingSink sink;
    private final ElasticListingSink apps;
    private final CrawlState state;
    private final Supplier<Map<String, Long>> counters;
    private final ObjectMapper json = DocumentMapper.create();
    /** Pages emit under the read lock; a checkpoint takes the write lock, so nothing is accepted mid-flush. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * @param sink the sink snapshots go to (possibly a decorator over {@code apps})
     * @param apps the Elasticsearch sink that also keeps the apps index, for not-listed marks
     * @param counters the run's counters, saved with each page so that a resumed run's counts add up
     */
    DurableSink(ListingSink sink, ElasticListingSink apps, CrawlState state, Supplier<Map<String, Long>> counters) {
        this.sink = sink;
        this.apps = apps;
        this.state = state;
        this.counters = counters;
    }

    void emit(String doneKey, List<ListingDocument> docs, List<NotListedMark> marks) {
        lock.readLock().lock();
        try {
            for (ListingDocument d : docs) {
                state.pending(DOC + d.snapshotId(), write(d));
            }
            for (NotListedMark m : marks) {
                state.pending(NOT_LISTED + m.store() + '\u0000' + m.packageName(), m.at().toString());
            }
            state.done(doneKey);
            state.counters(counters.get());
            state.commit();
            docs.forEach(sink::accept);
            marks.forEach(m -> apps.markNotListed(m.store(), m.packageName(), m.at()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Sends again what a crashed run had handed over but not seen confirmed. */
    int resendPending() {
        Map<String, String> pending = state.pending();
        lock.readLock().lock();
        try {
            for (Map.Entry<String, String> e : pending.entrySet()) {
                if (e.getKey().startsWith(DOC)) {
                    sink.accept(read(e.getValue()));
                } else if (e.getKey().startsWith(NOT_LISTED)) {
                    String[] parts = e.getKey().substring(NOT_LISTED.length()).split("\u0000", 2);
                    apps.markNotListed(parts[0], parts[1], Instant.parse(e.getValue()));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        if (!pending.isEmpty()) {
            log.info("Sent {} snapshot(s) of the interrupted run again", pending.size());
        }
        return pending.size();
    }

    /** Flushes the sink and forgets what it confirmed; saves the counters with it. */
    void checkpoint() {
        lock.writeLock().lock();
        try {
            var keys = state.pending().keySet();
            sink.flush();
            state.confirmed(keys);
            state.counters(counters.get());
            state.commit();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private String write(ListingDocument d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot serialise snapshot " + d.snapshotId(), e);
        }
    }

    private ListingDocument read(String s) {
        try {
            return json.readValue(s, ListingDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt pending snapshot in the crawl state: " + s, e);
        }
    }
}
