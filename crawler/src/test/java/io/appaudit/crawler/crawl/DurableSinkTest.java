package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableSinkTest {

    private static final Instant RUN = Instant.parse("2026-11-20T02:00:00Z");

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

    private static ListingDocument doc(int i) {
        var l = Listings.synthetic(i, RUN);
        return ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", RUN, Optional.empty(), false);
    }

    @Test
    void aPageStaysPendingAcrossACrashUntilACheckpointConfirmsIt() {
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            state.startRun(new CrawlState.Run("run-1", RUN));
            new DurableSink(elastic, elastic, state, Map::of).emit("page-1", List.of(doc(1)), List.of());
        }
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            assertThat(state.isDone("page-1")).isTrue();
            assertThat(state.pendingPages()).containsExactly("page-1");
            new DurableSink(elastic, elastic, state, Map::of).checkpoint();
            assertThat(state.pendingPages()).isEmpty();
        }
    }

    @Test
    void aPageWithoutSnapshotsIsDoneButNotPending() {
        try (CrawlState state = CrawlState.open(dir);
             ElasticListingSink elastic = new ElasticListingSink(es, layout, RUN)) {
            state.startRun(new CrawlState.Run("run-1", RUN));
            new DurableSink(elastic, elastic, state, Map::of).emit("list-page", List.of(), List.of());
            assertThat(state.isDone("list-page")).isTrue();
            assertThat(state.pendingPages()).isEmpty();
        }
    }
}
