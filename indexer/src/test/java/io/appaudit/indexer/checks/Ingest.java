package io.appaudit.indexer.checks;

import co.elastic.clients.elasticsearch._types.SortOrder;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helpers: index snapshots the way a crawl does, and read the findings back. */
public final class Ingest {

    private Ingest() {
    }

    /** Indexes the snapshots (through a checking sink when checks are given), one sink per monthly index. */
    public static void snapshots(ElasticConnection es, IndexLayout layout, Optional<ListingChecks> checks,
                                 List<ListingDocument> docs) {
        Map<String, List<ListingDocument>> byIndex = new LinkedHashMap<>();
        docs.forEach(d -> byIndex.computeIfAbsent(layout.listingsIndex(d.timestamp()), k -> new ArrayList<>()).add(d));
        for (List<ListingDocument> group : byIndex.values()) {
            ListingSink elastic = new ElasticListingSink(es, layout, group.get(0).timestamp());
            try (ListingSink sink = checks.<ListingSink>map(c -> new CheckingSink(elastic, c)).orElse(elastic)) {
                group.forEach(sink::accept);
                sink.flush();
            }
        }
        try {
            es.client().indices().refresh(r -> r.index(layout.listingsPattern()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding of a quarter, by finding id. */
    public static List<FindingDocument> findings(ElasticConnection es, IndexLayout layout, String quarter) {
        try {
            return es.client().search(s -> s.index(layout.findingsIndex()).size(10_000)
                            .query(q -> q.term(t -> t.field("quarter").value(quarter)))
                            .sort(o -> o.field(f -> f.field("finding_id").order(SortOrder.Asc))), FindingDocument.class)
                    .hits().hits().stream().map(h -> h.source()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One listed snapshot as stored, by its id. */
    public static ListingDocument snapshot(ElasticConnection es, IndexLayout layout, String snapshotId) {
        try {
            return es.client().search(s -> s.index(layout.listingsPattern())
                            .query(q -> q.term(t -> t.field("snapshot_id").value(snapshotId))), ListingDocument.class)
                    .hits().hits().get(0).source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
