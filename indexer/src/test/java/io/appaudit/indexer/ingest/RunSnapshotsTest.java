package io.appaudit.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunSnapshotsTest {

    private static final Instant RUN = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant MONTHS_EARLIER = Instant.parse("2026-08-20T02:00:00Z");
    private static ElasticConnection es;
    private static IndexLayout layout;

    @BeforeAll
    static void connect() {
        es = ElasticConnection.open(TestElasticsearch.config("run-snapshots"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static void ingest(int n, String runId) {
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, RUN)) {
            for (int i = 0; i < n; i++) {
                var l = Listings.synthetic(i, RUN.plusSeconds(i));
                sink.accept(ListingDocuments.snapshot(new ListingResult.Listed(l), runId, l.fetchedAt(),
                        Optional.empty(), false));
            }
            sink.flush();
        }
    }

    private static JsonNode search(String index, String runId) throws IOException {
        es.rest().performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request r = new Request("POST", "/" + index + "/_search");
        r.setJsonEntity("{\"size\":100,\"query\":{\"term\":{\"run_id\":\"" + runId + "\"}},"
                + "\"sort\":[\"snapshot_id\"]}");
        return es.mapper().readTree(es.rest().performRequest(r).getEntity().getContent()).path("hits");
    }

    @Test
    void movesEverySnapshotOfTheRunUnchangedAndLeavesOtherRunsWhereTheyWere() throws IOException {
        ingest(3, "run-moved");
        ingest(2, "run-kept");
        String from = layout.listingsIndex(RUN);
        String to = layout.listingsIndex(MONTHS_EARLIER);
        JsonNode before = search(from, "run-moved");

        long moved = new RunSnapshots(es).move("run-moved", from, to);

        assertThat(moved).isEqualTo(3);
        JsonNode after = search(to, "run-moved");
        assertThat(after.path("hits")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(after.path("hits").get(i).path("_id")).isEqualTo(before.path("hits").get(i).path("_id"));
            assertThat(after.path("hits").get(i).path("_source"))
                    .isEqualTo(before.path("hits").get(i).path("_source"));
        }
        assertThat(search(from, "run-moved").path("total").path("value").asLong()).isZero();
        assertThat(search(from, "run-kept").path("total").path("value").asLong()).isEqualTo(2);
    }

    @Test
    void aRunWithoutSnapshotsInTheIndexMovesNothing() throws IOException {
        assertThat(new RunSnapshots(es).move("run-absent", layout.listingsIndex(RUN),
                layout.listingsIndex(MONTHS_EARLIER))).isZero();
    }
}
