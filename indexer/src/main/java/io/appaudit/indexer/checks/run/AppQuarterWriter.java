package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes one package range of a quarter's app-quarter documents equal to what a run built: writes what is new or
 * changed, deletes apps no longer listed, leaves identical documents alone (so a second run writes nothing).
 */
final class AppQuarterWriter implements AutoCloseable {

    private static final int PAGE = 1000;

    private final ElasticConnection es;
    private final String index;
    private final BulkSink bulk;
    private long written;
    private long unchanged;
    private long deleted;

    AppQuarterWriter(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.index = layout.appQuartersIndex();
        this.bulk = new BulkSink(es, es.config().ingest());
    }

    /** The stored documents of a quarter's package range, by id. */
    Map<String, AppQuarterDocument> stored(Quarter quarter, Optional<String> after, Optional<String> through)
            throws IOException {
        return stored(quarter, b -> {
            if (after.isPresent() || through.isPresent()) {
                b.filter(f -> f.range(g -> g.term(t -> {
                    t.field(AppQuarterFields.PACKAGE);
                    after.ifPresent(t::gt);
                    through.ifPresent(t::lte);
                    return t;
                })));
            }
        });
    }

    /** The stored documents of a quarter's named packages, by id. */
    Map<String, AppQuarterDocument> stored(Quarter quarter, List<String> packages) throws IOException {
        return stored(quarter, b -> b.filter(f -> f.terms(t -> t.field(AppQuarterFields.PACKAGE)
                .terms(v -> v.value(packages.stream().map(FieldValue::of).toList())))));
    }

    private Map<String, AppQuarterDocument> stored(Quarter quarter, Consumer<BoolQuery.Builder> packages)
            throws IOException {
        Map<String, AppQuarterDocument> out = new HashMap<>();
        new SearchPager(es, PAGE).forEachHit(s -> s.index(index).query(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field(AppQuarterFields.QUARTER).value(quarter.toString())));
            packages.accept(b);
            return b;
        })).sort(o -> o.field(f -> f.field(AppQuarterFields.PACKAGE).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(AppQuarterFields.STORE).order(SortOrder.Asc))),
                AppQuarterDocument.class, h -> {
                    if (h.source() != null) {
                        out.put(h.id(), h.source());
                    }
                });
        return out;
    }

    void reconcile(Map<String, AppQuarterDocument> stored, List<AppQuarterDocument> built) {
        Map<String, AppQuarterDocument> left = new HashMap<>(stored);
        for (AppQuarterDocument d : built) {
            AppQuarterDocument before = left.remove(d.id());
            if (d.equals(before)) {
                unchanged++;
                continue;
            }
            bulk.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(d.id()).document(d))), index, d.id());
            written++;
        }
        for (String id : left.keySet()) {
            bulk.add(BulkOperation.of(b -> b.delete(x -> x.index(index).id(id))), index, id);
            deleted++;
        }
    }

    FindingWriter.Counts counts() {
        return new FindingWriter.Counts(written, unchanged, deleted);
    }

    /** Waits for every write, fails if any was refused, and makes the documents searchable. */
    @Override
    public void close() {
        bulk.flush(Duration.ofMinutes(5));
        BulkSink.Stats stats = bulk.stats();
        bulk.close();
        if (stats.failed() > 0) {
            throw new ElasticException(stats.failed() + " app-quarter document(s) could not be written to " + index
                    + ", e.g. " + bulk.failures().stream().findFirst().map(Object::toString).orElse("?"));
        }
        try {
            es.client().indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new ElasticException("Could not refresh " + index + ": " + e.getMessage(), e);
        }
    }
}
