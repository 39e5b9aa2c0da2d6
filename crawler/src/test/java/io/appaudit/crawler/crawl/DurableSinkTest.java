package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableSinkTest {

    private static final Instant RUN = Instant.parse("2026-11-20T02:00:00Z");

    /** A sink that loses everything, as a process killed before its bulk request went out does. */
    private static final ListingSink LOST = new ListingSink() {
        @Override
        public void accept(ListingDocument snapshot) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path dir;
    private ElasticConnection es;
    private IndexLayout layout;

    @BeforeEach
    void connect() {
        es = ElasticConnection.open(TestElasticsearch.config("durable"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private long indexed() throws Exception {
        es.rest().performRequest(new Request("POST", "/" + layout.listingsPattern() + "/_refresh"));
        return es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + layout.listingsPattern()
                + "/_count")).getEntity().getContent()).path("count").asLong();
    }

    private static ListingDocument doc(int i) {
        var l = Listings.synthetic(i, RUN);
        return ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", RUN, Optional.empty(), false);
    }

    @Test
    void aSnapshotHandedOverButNeverConfirmedIsSentAgainWhenTheRunResumes() throws Exception {
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            state.startRun(new CrawlState.Run("run-1", RUN));
            new DurableSink(LOST, elastic, state, Map::of).emit("page-1", List.of(doc(1), doc(2)), List.of());
        }
        assertThat(indexed()).isZero();
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            assertThat(state.isDone("page-1")).isTrue();
            DurableSink resumed = new DurableSink(elastic, elastic, state, Map::of);
            assertThat(resumed.resendPending()).isEqualTo(2);
            resumed.checkpoint();
            assertThat(state.pending()).isEmpty();
        }
        assertThat(indexed()).isEqualTo(2);
    }

    @Test
    void aCheckpointForgetsOnlyWhatTheSinkConfirmed() throws Exception {
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            state.startRun(new CrawlState.Run("run-1", RUN));
            DurableSink sink = new DurableSink(elastic, elastic, state, Map::of);
            sink.emit("page-1", List.of(doc(1)), List.of());
            assertThat(state.pending()).hasSize(1);
            sink.checkpoint();
            assertThat(state.pending()).isEmpty();
        }
        assertThat(indexed()).isEqualTo(1);
    }
}
