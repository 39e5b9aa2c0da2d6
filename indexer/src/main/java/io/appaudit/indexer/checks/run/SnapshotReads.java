package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.ListingDocument;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Snapshots read by their address, which the quarter scan learnt from their doc values: the evidence of a failed
 * check (the newest snapshot that failed it) and an app's latest snapshot. One multi-get per few thousand, never a
 * search; the parts no check reads are left out.
 */
final class SnapshotReads {

    /** Where a snapshot is stored: its index and id. */
    record Address(String index, String id) {
    }

    /** Addresses per request. */
    private static final int PER_REQUEST = 5000;
    /** Parts of a snapshot no check reads. */
    private static final List<String> UNUSED = List.of("related");

    private SnapshotReads() {
    }

    /** The snapshots found at the addresses (one read per distinct address); a snapshot since deleted is absent. */
    static Map<Address, ListingDocument> read(ElasticConnection es, Collection<Address> addresses) throws IOException {
        List<Address> distinct = List.copyOf(new LinkedHashSet<>(addresses));
        Map<Address, ListingDocument> out = new HashMap<>();
        for (int i = 0; i < distinct.size(); i += PER_REQUEST) {
            List<Address> part = distinct.subList(i, Math.min(distinct.size(), i + PER_REQUEST));
            MgetResponse<ListingDocument> r = es.client().mget(m -> m.sourceExcludes(UNUSED)
                    .docs(part.stream().map(a -> MultiGetOperation.of(d -> d.index(a.index()).id(a.id()))).toList()),
                    ListingDocument.class);
            for (MultiGetResponseItem<ListingDocument> item : r.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    out.put(new Address(item.result().index(), item.result().id()), item.result().source());
                }
            }
        }
        return out;
    }
}
