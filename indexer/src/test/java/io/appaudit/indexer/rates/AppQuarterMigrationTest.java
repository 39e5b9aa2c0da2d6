package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster written before the app-quarter index existed (listings, findings and shown fields only) is upgraded in
 * place: installing the templates creates the new indices, the first {@code rates} builds each quarter's documents
 * from the stored findings and listings, and nothing the user had is lost or changed.
 */
class AppQuarterMigrationTest {

    @TempDir
    Path files;
    private ElasticConnection es;
    private IndexLayout layout;
    private CheckContext context;

    @BeforeEach
    void clusterOfThePreviousVersion() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("aqmigrate"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        context = ReportCorpus.context(files);
        ReportCorpus.seed(es, layout, context);
        // What the previous version left: no app-quarter or check-state index, no template for them.
        for (String gone : List.of(layout.appQuartersIndex(), layout.checkStateIndex())) {
            es.rest().performRequest(new Request("DELETE", "/" + gone));
            es.rest().performRequest(new Request("DELETE", "/_index_template/" + gone));
        }
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void theFirstRatesBuildsTheIndexFromStoredFindingsAndLosesNothing() throws IOException {
        List<Quarter> quarters = ReportCorpus.QUARTERS;
        List<QuarterRates> before = new java.util.ArrayList<>();
        for (Quarter q : quarters) {
            before.add(new ScanRates(es, layout, context).compute(q));
        }
        long findings = count(layout.findingsIndex());
        long listings = count(layout.listingsPattern());

        layout.install(es); // what every command does first
        for (int i = 0; i < quarters.size(); i++) {
            assertThat(new RatesService(es, layout, context).compute(quarters.get(i))).isEqualTo(before.get(i));
        }

        assertThat(count(layout.appQuartersIndex())).isEqualTo(before.stream().mapToLong(r -> r.totals().audited())
                .sum());
        assertThat(count(layout.findingsIndex())).isEqualTo(findings);
        assertThat(count(layout.listingsPattern())).isEqualTo(listings);
        assertThat(Ingest.findings(es, layout, ReportCorpus.Q.toString())).isNotEmpty();
    }

    @Test
    void aCheckAfterTheMigrationEvaluatesTheQuarterAndChangesNoFinding() throws IOException {
        layout.install(es);
        new RatesService(es, layout, context).compute(ReportCorpus.Q);
        CheckRun.Summary s = new CheckRun(es, layout, ListingChecks.of(context)).run(ReportCorpus.Q, false);
        assertThat(s.lookedAt()).isEqualTo(s.apps()).isPositive();
        assertThat(s.written()).isZero();
        assertThat(s.deleted()).isZero();
    }

    private long count(String index) throws IOException {
        es.client().indices().refresh(r -> r.index(index));
        return es.client().count(c -> c.index(index)).count();
    }
}
