package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the listing checks on the quarter's listed snapshots that were stored without them (ingested without a
 * {@link io.appaudit.indexer.checks.CheckingSink}, or checked before the fields found were recorded), or on all of
 * them when asked to re-evaluate after a change of thresholds or user files. Streams the snapshots page by page and updates only those whose outcomes change.
 */
final class SnapshotBackfill {

    private static final int PAGE = 500;

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final ListingChecks checks;

    SnapshotBackfill(ElasticConnection es, IndexLayout layout, ListingChecks checks) {
        this.es = es;
        this.layout = layout;
        this.checks = checks;
    }

    /** Returns how many snapshots got new outcomes. */
    long run(Quarter quarter, boolean all) throws IOException {
        long[] updated = {0};
        try (BulkSink bulk = new BulkSink(es, es.config().ingest())) {
            new SearchPager(es, PAGE).forEachHit(s -> s.index(layout.listingsPattern()).ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                                .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())));
                        if (!all) {
                            // Written with the outcomes by every version that records them.
                            b.mustNot(m -> m.exists(e -> e.field(Fields.FIELDS_FOUND)));
                        }
                        return b;
                    }))
                    .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), ListingDocument.class, h -> {
                if (h.source() != null && update(bulk, h)) {
                    updated[0]++;
                }
            });
            bulk.flush(Duration.ofMinutes(5));
            if (bulk.stats().failed() > 0) {
                throw new ElasticException(bulk.stats().failed() + " snapshot(s) could not be updated with their "
                        + "check outcomes, e.g. " + bulk.failures().get(0));
            }
        }
        if (updated[0] > 0) {
            es.client().indices().refresh(r -> r.index(layout.listingsPattern()).ignoreUnavailable(true)
                    .allowNoIndices(true));
        }
        return updated[0];
    }

    private boolean update(BulkSink bulk, Hit<ListingDocument> h) {
        ListingDocument before = h.source();
        ListingDocument after = checks.apply(before);
        if (same(before.checksFailed(), after.checksFailed()) && same(before.checksUnknown(), after.checksUnknown())
                && same(before.checksPassed(), after.checksPassed())
                && same(before.fieldsFound(), after.fieldsFound())) {
            return false;
        }
        Map<String, Object> doc = new HashMap<>();
        doc.put("checks_failed", after.checksFailed());
        doc.put("checks_unknown", after.checksUnknown());
        doc.put("checks_passed", after.checksPassed());
        doc.put("families_failed", after.familiesFailed());
        doc.put("flagged", after.flagged());
        doc.put("fields_found", after.fieldsFound());
        bulk.add(BulkOperation.of(b -> b.update(u -> u.index(h.index()).id(h.id()).action(a -> a.doc(doc)))),
                h.index(), h.id());
        return true;
    }

    private static boolean same(List<String> a, List<String> b) {
        return Objects.equals(a == null ? List.of() : a, b == null ? List.of() : b);
    }
}
