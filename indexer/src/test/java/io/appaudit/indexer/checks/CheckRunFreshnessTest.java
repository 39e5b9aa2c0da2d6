package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} right after a crawl, before the indices' periodic refresh, still sees every listing. */
class CheckRunFreshnessTest {

    @TempDir
    Path files;
    private ElasticConnection es;

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void countsListingsStoredAMomentAgo() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("fresh"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        Instant run = Instant.parse("2026-11-20T02:00:00Z");
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, run)) {
            for (int i = 0; i < 25; i++) {
                var l = Listings.synthetic(i, run.plusSeconds(i));
                sink.accept(ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", l.fetchedAt(),
                        Optional.empty(), false));
            }
            sink.flush();
        }
        CheckRun.Summary s = new CheckRun(es, layout, ListingChecks.of(Corpus.context(files)))
                .run(Quarter.parse("2026Q4"), false);
        assertThat(s.apps()).isEqualTo(25);
    }
}
