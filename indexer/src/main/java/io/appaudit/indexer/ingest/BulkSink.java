package io.appaudit.indexer.ingest;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import io.appaudit.indexer.ElasticConfig.IngestSettings;
import io.appaudit.indexer.ElasticConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents through one {@link BulkIngester}: flushed by count, size and interval, with back-pressure (adding
 * blocks while the configured number of bulk requests is in flight). Every item of every response is checked: a
 * failed item that may succeed later (429, 5xx, a lost request) is retried with exponential backoff and jitter; an
 * item that cannot succeed, or still fails after the retry budget, is reported by index and id and counted.
 * When Elasticsearch does not answer at all (stopped, unreachable), adding waits until it answers again, so that
 * the producer pauses, and the unanswered items are retried for as long as the outage is allowed to last
 * (elastic.ingest.max-outage); only then are they reported, as {@linkplain Stats#unsent() unsent}.
 * Nothing is dropped silently.
 */
public final class BulkSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkSink.class);
    /** Failures kept in full for the summary; beyond this only the count grows. */
    private static final int MAX_KEPT_FAILURES = 1000;
    /** The longest wait between two tries during an outage: its end is noticed at most this late. */
    private static final long MAX_OUTAGE_BACKOFF_MS = 10_000;
    /** A flush waits at least this long for Elasticsearch's answers, and during an outage its allowance on top. */
    private static final Duration FLUSH_PATIENCE = Duration.ofMinutes(5);

    /** One operation and how often it was tried, the ingester's context value. */
    private record Op(BulkOperation operation, String index, String id, String subject, int attempt) {
    }

    /**
     * An item Elasticsearch would not take, with its reason.
     *
     * @param subject what the item is about in words (e.g. the store and app of a listing), or its id
     */
    public record FailedItem(String index, String id, String subject, int status, String reason) {
    }

    /**
     * Counters of what the sink did.
     *
     * @param failed items reported as not indexed, for any reason
     * @param unsent of those, the items that could still be indexed later: Elasticsearch did not answer (for longer
     *               than elastic.ingest.max-outage) or kept refusing them for the time being (429, 5xx)
     * @param pending items accepted and not yet indexed or reported
     */
    public record Stats(long accepted, long indexed, long retried, long failed, long unsent, long pending) {
    }

    private final IngestSettings settings;
    private final BulkIngester<Op> ingester;
    private final ScheduledExecutorService retries;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final Outage outage;
    private final List<FailedItem> failures = new ArrayList<>();
    private final Object quiet = new Object();

    public BulkSink(ElasticConnection es, IngestSettings settings) {
        this.settings = settings;
        this.outage = new Outage(settings.maxOutage());
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "appaudit-bulk-retry");
            t.setDaemon(true);
            return t;
        });
        this.ingester = BulkIngester.of(b -> b
                .client(es.client())
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxBytes())
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new Listener()));
    }

    /**
     * Queues an operation; blocks while the ingester applies back-pressure and while Elasticsearch does not answer.
     *
     * @throws io.appaudit.indexer.ElasticException when Elasticsearch has not answered for longer than
     *                                              elastic.ingest.max-outage (the operation is not queued)
     */
    public void add(BulkOperation operation, String index, String id) {
        add(operation, index, id, id);
    }

    /**
     * Queues an operation about {@code subject} (named in words by its {@linkplain FailedItem failure}, should it
     * fail); blocks like {@link #add(BulkOperation, String, String)}.
     */
    public void add(BulkOperation operation, String index, String id, String subject) {
        outage.awaitAnswering();
        accepted.incrementAndGet();
        pending.incrementAndGet();
        ingester.add(operation, new Op(operation, index, id, subject, 0));
    }

    /**
     * Sends what is buffered and waits until every queued item has been indexed or reported as failed, for at
     * least five minutes and, during an outage, as long as the outage may last besides.
     */
    public void flush() {
        flush(FLUSH_PATIENCE.plus(settings.maxOutage()));
    }

    /** Sends what is buffered and waits until every queued item has been indexed or reported as failed. */
    public void flush(Duration timeout) {
        ingester.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (quiet) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("{} bulk items still unanswered after {} s", pending.get(), timeout.toSeconds());
                    return;
                }
                try {
                    quiet.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ingester.flush();
            }
        }
    }

    public Stats stats() {
        return new Stats(accepted.get(), indexed.get(), retried.get(), failed.get(), unsent.get(), pending.get());
    }

    /** The items that could not be indexed (the first {@value #MAX_KEPT_FAILURES} in full). */
    public List<FailedItem> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    @Override
    public void close() {
        flush(Duration.ofMinutes(2));
        ingester.close();
        retries.shutdownNow();
    }

    private void done(long n) {
        if (pending.addAndGet(-n) <= 0) {
            synchronized (quiet) {
                quiet.notifyAll();
            }
        }
    }

    /**
     * @param outageLike true when the whole request failed and may pass later (no answer, 429, 5xx): the item is
     *                   tried again for as long as the outage may last, whatever the retry budget
     */
    private void retryOrFail(Op op, int status, String reason, boolean outageLike) {
        boolean retryable = status == 429 || status >= 500 || status == 0;
        boolean again = outageLike ? outage.withinAllowance() : retryable && op.attempt() < settings.maxRetries();
        if (again) {
            retried.incrementAndGet();
            long base = Math.min(settings.retryBackoff().toMillis() << Math.min(op.attempt(), 10),
                    outageLike ? MAX_OUTAGE_BACKOFF_MS : Long.MAX_VALUE);
            long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
            retries.schedule(() -> ingester.add(op.operation(), new Op(op.operation(), op.index(), op.id(),
                    op.subject(), op.attempt() + 1)), delay, TimeUnit.MILLISECONDS);
            return;
        }
        failed.incrementAndGet();
        if (retryable) {
            unsent.incrementAndGet();
        }
        log.warn("Could not index {}/{} after {} attempt(s): HTTP {} {}", op.index(), op.id(), op.attempt() + 1,
                status, reason);
        synchronized (failures) {
            if (failures.size() < MAX_KEPT_FAILURES) {
                failures.add(new FailedItem(op.index(), op.id(), op.subject(), status, reason));
            }
        }
        done(1);
    }

    /** The HTTP status Elasticsearch answered a failed request with; 0 when it did not answer. */
    private static int status(Throwable failure) {
        if (failure instanceof ElasticsearchException e) {
            return e.status();
        }
        if (failure instanceof TransportException e) {
            return Math.max(0, e.statusCode());
        }
        return 0;
    }

    private final class Listener implements BulkListener<Op> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            outage.answered().ifPresent(d -> log.info("Elasticsearch answers again after {} s; sending what it "
                    + "missed", d.toSeconds()));
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Op op = contexts.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item == null) {
                    retryOrFail(op, 0, "no answer for this item", false);
                } else if (item.error() == null) {
                    indexed.incrementAndGet();
                    done(1);
                } else {
                    retryOrFail(op, item.status(), item.error().type() + ": " + item.error().reason(), false);
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            int status = status(failure);
            boolean outageLike = status == 0 || status == 429 || status >= 500;
            if (!outageLike) {
                log.warn("A bulk request of {} items failed ({}); reporting them", contexts.size(), failure.toString());
            } else if (outage.unanswered(failure.toString())) {
                log.warn("Elasticsearch does not answer ({}): adding documents waits, and the {} unanswered are "
                        + "retried, for up to {} s (elastic.ingest.max-outage)", failure.toString(), contexts.size(),
                        settings.maxOutage().toSeconds());
            } else {
                log.debug("A bulk request of {} items got no answer ({}); retrying them", contexts.size(),
                        failure.toString());
            }
            for (Op op : contexts) {
                retryOrFail(op, status, failure.toString(), outageLike);
            }
        }
    }
}
