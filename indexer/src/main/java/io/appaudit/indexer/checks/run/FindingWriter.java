package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one package range of the findings index equal to what a run found: writes what is new or changed, deletes
 * what is no longer found, and leaves identical findings untouched (so a second run writes nothing).
 */
final class FindingWriter implements AutoCloseable {

    /** What the writer did. */
    record Counts(long written, long unchanged, long deleted) {
    }

    private final ElasticConnection es;
    private final String index;
    private final BulkSink bulk;
    private long written;
    private long unchanged;
    private long deleted;

    FindingWriter(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.index = layout.findingsIndex();
        this.bulk = new BulkSink(es, es.config().ingest());
    }

    void reconcile(Map<String, FindingDocument> stored, List<FindingDocument> found) {
        Map<String, FindingDocument> left = new HashMap<>(stored);
        for (FindingDocument f : found) {
            FindingDocument before = left.remove(f.findingId());
            if (f.equals(before)) {
                unchanged++;
                continue;
            }
            bulk.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(f.findingId()).document(f))), index,
                    f.findingId());
            written++;
        }
        for (String id : left.keySet()) {
            bulk.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))), index, id);
            deleted++;
        }
    }

    Counts counts() {
        return new Counts(written, unchanged, deleted);
    }

    /** Waits for every write, fails if any was refused, and makes the findings searchable. */
    @Override
    public void close() {
        bulk.flush(Duration.ofMinutes(5));
        BulkSink.Stats stats = bulk.stats();
        bulk.close();
        if (stats.failed() > 0) {
            throw new ElasticException(stats.failed() + " finding(s) could not be written to " + index + ", e.g. "
                    + bulk.failures().stream().findFirst().map(Object::toString).orElse("?"));
        }
        try {
            es.client().indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new ElasticException("Could not refresh " + index + ": " + e.getMessage(), e);
        }
    }
}
