package io.appaudit.indexer.docs;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** Where the listings index says a snapshot's evidence is: its WARC file, record id and payload digest. */
public final class SnapshotEvidence {

    private final ElasticConnection es;
    private final IndexLayout layout;

    public SnapshotEvidence(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /**
     * A snapshot's evidence, as indexed: the store, the WARC file, the response record's id, the payload's SHA-256
     * and the whole snapshot document.
     */
    public record Found(StoreId store, String warcFile, String recordId, String payloadSha256, JsonNode source) {
    }

    /**
     * The latest snapshot with evidence whose snapshot id or store app id is {@code id}, of the given store only when
     * one is given; empty when none.
     */
    public Optional<Found> latest(String id, Optional<StoreId> store) throws IOException {
        SearchResponse<JsonNode> r = es.client().search(s -> s
                .index(layout.listingsPattern()).size(1)
                .query(q -> q.bool(b -> {
                    b.should(x -> x.term(t -> t.field(Fields.SNAPSHOT_ID).value(id)))
                            .should(x -> x.term(t -> t.field(Fields.STORE_APP_ID).value(id)))
                            .minimumShouldMatch("1")
                            .filter(f -> f.exists(e -> e.field(Fields.EVIDENCE_RECORD_ID)));
                    store.ifPresent(st -> b.filter(f -> f.term(t -> t.field(Fields.STORE).value(st.id()))));
                    return b;
                }))
                .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc))), JsonNode.class);
        return r.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).findFirst()
                .map(d -> new Found(StoreId.of(d.path("store").asText()),
                        d.path("evidence").path("warc_file").asText(), d.path("evidence").path("record_id").asText(),
                        d.path("evidence").path("payload_sha256").asText(), d));
    }
}
