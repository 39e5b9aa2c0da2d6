package io.appaudit.indexer.ingest;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.docs.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the listing snapshots of one crawl run from one listings index to another, each under its id and with its
 * document unchanged. The demo dates its previous quarter's crawl back after it ran, and a snapshot belongs in the
 * monthly index of its run's (backdated) start, where the quarter's readers look.
 */
public final class RunSnapshots {

    /** Snapshots read per search page. */
    private static final int PAGE = 500;

    private final ElasticConnection es;

    public RunSnapshots(ElasticConnection es) {
        this.es = es;
    }

    /**
     * Copies every snapshot of the run from {@code from} to {@code to}, then removes them from {@code from}; nothing
     * is removed unless every copy was taken. Returns how many moved (none when the indices are the same or
     * {@code from} does not exist).
     *
     * @throws ElasticException when Elasticsearch refused a copy or a removal
     */
    public long move(String runId, String from, String to) throws IOException {
        if (from.equals(to)) {
            return 0;
        }
        es.client().indices().refresh(r -> r.index(from).ignoreUnavailable(true).allowNoIndices(true));
        List<String> ids = new ArrayList<>();
        try (BulkSink copy = new BulkSink(es, es.config().ingest())) {
            new SearchPager(es, PAGE).forEachHit(s -> s.index(from).ignoreUnavailable(true).allowNoIndices(true)
                            .query(q -> q.term(t -> t.field(Fields.RUN_ID).value(runId)))
                            .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))),
                    ObjectNode.class, h -> {
                        ids.add(h.id());
                        copy.add(BulkOperation.of(b -> b.index(i -> i.index(to).id(h.id()).document(h.source()))),
                                to, h.id());
                    });
            copy.flush();
            requireNoFailure(copy, "copy", ids.size(), runId, to);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (BulkSink delete = new BulkSink(es, es.config().ingest())) {
            ids.forEach(id -> delete.add(BulkOperation.of(b -> b.delete(d -> d.index(from).id(id))), from, id));
            delete.flush();
            requireNoFailure(delete, "remove", ids.size(), runId, from);
        }
        es.client().indices().refresh(r -> r.index(from, to));
        return ids.size();
    }

    private static void requireNoFailure(BulkSink bulk, String what, int of, String runId, String index) {
        BulkSink.Stats s = bulk.stats();
        if (s.failed() > 0 || s.unsent() > 0 || s.pending() > 0) {
            throw new ElasticException("Could not " + what + " " + (s.failed() + s.unsent() + s.pending()) + " of "
                    + of + " snapshot(s) of run " + runId + " in " + index
                    + bulk.failures().stream().findFirst().map(f -> ", e.g. " + f).orElse(""));
        }
    }
}
