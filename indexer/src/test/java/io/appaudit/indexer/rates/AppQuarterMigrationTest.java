package io.appaudit.indexer.rates;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.run.AppQuarterFields;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.Fields;
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

    @Test
    void anIndexOfTheSecondVersionGainsTheLatestSnapshotsFieldsAndItsDocumentsCarryThem() throws IOException {
        // An app-quarters index and template of version 2: strict, without `latest`.
        JsonNode v3 = es.mapper().readTree(IndexLayout.templateJson("app-quarters", layout.prefix()));
        ObjectNode v2 = v3.deepCopy();
        v2.put("version", 2);
        ((ObjectNode) v2.path("template").path("mappings").path("properties")).remove(AppQuarterFields.LATEST);
        Request template = new Request("PUT", "/_index_template/" + layout.appQuartersIndex());
        template.setJsonEntity(v2.toString());
        es.rest().performRequest(template);
        es.rest().performRequest(new Request("PUT", "/" + layout.appQuartersIndex()));
        assertThat(mapping().has(AppQuarterFields.LATEST)).isFalse();
        QuarterRates before = new ScanRates(es, layout, context).compute(ReportCorpus.Q);

        layout.install(es);
        assertThat(mapping().path(AppQuarterFields.LATEST).path("properties").has("developer")).isTrue();
        assertThat(mapping().has(AppQuarterFields.CHECKS_FAILED)).as("the rest of the mapping is kept").isTrue();
        assertThat(new RatesService(es, layout, context).compute(ReportCorpus.Q)).isEqualTo(before);

        es.client().indices().refresh(r -> r.index(layout.appQuartersIndex()));
        List<Hit<JsonNode>> docs = es.client().search(s -> s.index(layout.appQuartersIndex()).size(1000)
                .query(q -> q.term(t -> t.field(AppQuarterFields.QUARTER).value(ReportCorpus.Q.toString()))),
                JsonNode.class).hits().hits();
        assertThat(docs).hasSize((int) before.totals().audited());
        for (Hit<JsonNode> d : docs) {
            JsonNode doc = d.source();
            JsonNode newest = es.client().search(s -> s.index(layout.listingsPattern()).size(1)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(Fields.STORE).value(doc.path("store").asText())))
                            .filter(f -> f.term(t -> t.field(Fields.PACKAGE).value(doc.path("package").asText())))
                            .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(ReportCorpus.Q.toString())))
                            .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value("listed")))))
                    .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), JsonNode.class)
                    .hits().hits().get(0).source();
            JsonNode latest = doc.path(AppQuarterFields.LATEST);
            assertThat(latest.path("snapshot_id").asText()).as(d.id()).isEqualTo(newest.path("snapshot_id").asText());
            assertThat(latest.path("name").asText()).isNotEmpty().isEqualTo(newest.path("name").asText());
            assertThat(latest.path("developer").asText(null)).isEqualTo(newest.path("developer").asText(null));
            assertThat(latest.path("version_name").asText(null)).isEqualTo(newest.path("version_name").asText(null));
        }
        // Doc values only, yet searchable as Kibana's KQL asks: a term on the latest developer finds its apps.
        JsonNode one = docs.get(0).source();
        String developer = one.path(AppQuarterFields.LATEST).path("developer").asText();
        long byDeveloper = es.client().count(c -> c.index(layout.appQuartersIndex()).query(q -> q.term(t -> t
                .field(AppQuarterFields.LATEST_DEVELOPER).value(developer)))).count();
        assertThat(byDeveloper).isEqualTo(docs.stream().filter(d -> d.source().path(AppQuarterFields.LATEST)
                .path("developer").asText().equals(developer)).count()).isPositive();
    }

    private JsonNode mapping() throws IOException {
        String index = layout.appQuartersIndex();
        return es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + index + "/_mapping"))
                .getEntity().getContent()).path(index).path("mappings").path("properties");
    }

    private long count(String index) throws IOException {
        es.client().indices().refresh(r -> r.index(index));
        return es.client().count(c -> c.index(index)).count();
    }
}
