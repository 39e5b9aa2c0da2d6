package io.appaudit.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ElasticListingSinkTest {

    private static final Instant RUN = Instant.parse("2026-11-20T02:00:00Z");
    private ElasticConnection es;
    private IndexLayout layout;

    @BeforeEach
    void connect() {
        es = ElasticConnection.open(TestElasticsearch.config("sink"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private long count(String index) throws IOException {
        es.rest().performRequest(new Request("POST", "/" + index + "/_refresh"));
        return es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + index + "/_count"))
                .getEntity().getContent()).path("count").asLong();
    }

    private void ingest(int n, String runId) {
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, RUN)) {
            for (int i = 0; i < n; i++) {
                var l = Listings.synthetic(i, RUN.plusSeconds(i));
                sink.accept(ListingDocuments.snapshot(new ListingResult.Listed(l), runId, l.fetchedAt(),
                        Optional.empty(), false));
            }
            sink.flush();
            assertThat(sink.stats().failed()).isZero();
        }
    }

    @Test
    void indexesTenThousandListingsAndCountsEveryOne() throws IOException {
        ingest(10_000, "run-1");
        assertThat(count(layout.listingsIndex(RUN))).isEqualTo(10_000);
        assertThat(count(layout.appsIndex())).isEqualTo(10_000);
    }

    @Test
    void reingestingTheSameRunLeavesTheCountUnchanged() throws IOException {
        ingest(500, "run-1");
        ingest(500, "run-1");
        assertThat(count(layout.listingsIndex(RUN))).isEqualTo(500);
        assertThat(count(layout.appsIndex())).isEqualTo(500);
    }

    @Test
    void aSecondRunAddsSnapshotsButKeepsOneAppEach() throws IOException {
        ingest(100, "run-1");
        ingest(100, "run-2");
        assertThat(count(layout.listingsIndex(RUN))).isEqualTo(200);
        assertThat(count(layout.appsIndex())).isEqualTo(100);
    }

    @Test
    void reportsTheMalformedItemAndIndexesTheOthers() throws IOException {
        String index = layout.listingsIndex(RUN);
        try (BulkSink bulk = new BulkSink(es, es.config().ingest())) {
            for (int i = 0; i < 20; i++) {
                Map<String, Object> doc = Map.of("store", "vivo", "package", "p" + i,
                        "version_code", i == 7 ? "not-a-number" : String.valueOf(i));
                String id = "doc-" + i;
                bulk.add(BulkOperation.of(b -> b.index(x -> x.index(index).id(id).document(doc))), index, id);
            }
            bulk.flush(Duration.ofSeconds(30));
            assertThat(bulk.stats().indexed()).isEqualTo(19);
            assertThat(bulk.stats().failed()).isEqualTo(1);
            assertThat(bulk.stats().retried()).isZero();
            assertThat(bulk.failures()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("doc-7");
                assertThat(f.status()).isEqualTo(400);
                assertThat(f.reason()).contains("version_code");
            });
        }
        assertThat(count(index)).isEqualTo(19);
    }

    @Test
    void keepsParseProblemsAsSnapshotsWithTheirEvidence() throws IOException {
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, RUN)) {
            var problem = ListingResult.Problem.of(io.appaudit.stores.StoreId.XIAOMI, "com.example", "https://app.mi.com/details?id=com.example",
                    io.appaudit.stores.ParseProblem.Kind.DRIFT, java.util.List.of("div.intro-titles h3"), "no app name");
            ListingDocument doc = ListingDocuments.snapshot(problem, "run-1", RUN,
                    Optional.of(new io.appaudit.stores.EvidenceRef("a.warc.gz", "<urn:uuid:1>", "ab")), false);
            sink.accept(doc);
            sink.flush();
        }
        assertThat(count(layout.listingsIndex(RUN))).isEqualTo(1);
        var hit = es.mapper().readTree(es.rest().performRequest(new Request("GET",
                "/" + layout.listingsIndex(RUN) + "/_search?q=outcome:parse_problem")).getEntity().getContent())
                .path("hits").path("hits").get(0).path("_source");
        assertThat(hit.path("problem").path("missing").get(0).asText()).isEqualTo("div.intro-titles h3");
        assertThat(hit.path("evidence").path("warc_file").asText()).isEqualTo("a.warc.gz");
        assertThat(count(layout.appsIndex())).isZero();
    }
}
