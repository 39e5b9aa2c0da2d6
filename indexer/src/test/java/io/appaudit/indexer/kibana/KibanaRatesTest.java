package io.appaudit.indexer.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.indexer.report.ReportCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Kibana panel over the app-quarter index, run as the aggregation Lens sends ({@link LensAggregation}) on the
 * real node over the report's corpus, gives {@code appaudit rates}' numbers per store, family and check; and so does
 * every KQL recipe on the app-quarters data view in docs/kibana.md, counted as Discover counts it.
 */
class KibanaRatesTest {

    private static final Path FILE = Path.of("..", "kibana", "appaudit.ndjson");
    private static final Path RECIPES = Path.of("..", "docs", "kibana.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path files;
    private static ElasticConnection es;
    private static IndexLayout layout;
    private static QuarterRates rates;
    private static String quarterKql;

    @BeforeAll
    static void seed() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("kibanarates"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        CheckContext context = ReportCorpus.context(files);
        ReportCorpus.seed(es, layout, context);
        rates = new RatesService(es, layout, context).compute(ReportCorpus.Q);
        quarterKql = "quarter:" + ReportCorpus.Q;
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static List<JsonNode> appQuarterPanels() throws IOException {
        return SavedObjectsFile.parse(Files.readString(FILE)).ofType("lens").stream()
                .filter(o -> o.path("references").findValuesAsText("id").contains("appaudit-app-quarters")).toList();
    }

    private static List<LensAggregation.Row> run(JsonNode panel) throws IOException {
        LensAggregation lens = new LensAggregation(panel);
        Request r = new Request("POST", "/" + layout.appQuartersIndex() + "/_search");
        r.setEntity(new NStringEntity(lens.body(quarterKql), ContentType.APPLICATION_JSON));
        return lens.rows(JSON.readTree(es.rest().performRequest(r).getEntity().getContent()));
    }

    private static StoreRates store(String id) {
        return rates.stores().stream().filter(s -> s.store().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePanelsOverTheAppQuarterIndexAreTheOnesCheckedHere() throws IOException {
        assertThat(appQuarterPanels()).extracting(p -> p.path("id").asText()).containsExactlyInAnyOrder(
                "appaudit-lens-problem-rate", "appaudit-lens-audited-flagged", "appaudit-lens-flagged-per-family",
                "appaudit-lens-flagged-per-check", "appaudit-lens-evaluated-per-check");
    }

    @Test
    void everyPanelEqualsTheRatesPerStoreFamilyAndCheck() throws IOException {
        for (JsonNode panel : appQuarterPanels()) {
            String id = panel.path("id").asText();
            Map<List<String>, Map<String, Double>> rows = new HashMap<>();
            run(panel).forEach(r -> rows.put(r.keys(), r.values()));
            for (StoreRates s : rates.stores()) {
                switch (id) {
                    case "appaudit-lens-problem-rate" -> assertThat(rows.get(List.of(s.store())).get("col-rate"))
                            .as(id + " " + s.store()).isCloseTo(s.flagged().rate(), within(5e-7));
                    case "appaudit-lens-audited-flagged" -> {
                        Map<String, Double> row = rows.get(List.of(s.store()));
                        assertThat(row.get("col-audited")).as(id).isEqualTo((double) s.audited());
                        assertThat(row.get("col-flagged")).as(id).isEqualTo((double) s.flagged().k());
                        assertThat(row.get("col-rate")).as(id).isCloseTo(s.flagged().rate(), within(5e-7));
                    }
                    case "appaudit-lens-flagged-per-family" -> s.families().forEach(f -> assertThat(apps(rows,
                            s.store(), f.family())).as(id + " " + s.store() + " " + f.family()).isEqualTo(f.flagged().k()));
                    case "appaudit-lens-flagged-per-check" -> s.checks().forEach(c -> assertThat(apps(rows,
                            s.store(), c.check())).as(id + " " + s.store() + " " + c.check()).isEqualTo(c.flagged().k()));
                    case "appaudit-lens-evaluated-per-check" -> s.checks().forEach(c -> assertThat(apps(rows,
                            s.store(), c.check())).as(id + " " + s.store() + " " + c.check()).isEqualTo(c.evaluated()));
                    default -> throw new AssertionError("no rates number known for panel " + id);
                }
            }
        }
    }

    @Test
    void theCorpusGivesEveryPanelSomethingToCount() {
        assertThat(rates.totals().flagged().k()).isPositive();
        assertThat(rates.stores()).hasSizeGreaterThan(2);
    }

    private static long apps(Map<List<String>, Map<String, Double>> rows, String store, String item) {
        Map<String, Double> row = rows.get(List.of(store, item));
        return row == null ? 0 : row.get("col-apps").longValue();
    }

    @Test
    void theKqlRecipesOnTheAppQuartersDataViewCountWhatTheRatesCount() throws IOException {
        List<String> recipes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\|[^|]*\\| app-quarters \\| `([^`]+)`").matcher(Files.readString(RECIPES));
        while (m.find()) {
            recipes.add(m.group(1));
        }
        assertThat(recipes).hasSizeGreaterThanOrEqualTo(3);
        for (String kql : recipes) {
            Request r = new Request("POST", "/" + layout.appQuartersIndex() + "/_count");
            r.setEntity(new NStringEntity("{\"query\":" + Kql.toQuery(JSON, kql.replace("2026Q4", ReportCorpus.Q
                    .toString()) + (kql.contains("quarter:") ? "" : " and " + quarterKql)) + "}",
                    ContentType.APPLICATION_JSON));
            long count = JSON.readTree(es.rest().performRequest(r).getEntity().getContent()).path("count").asLong();
            assertThat(count).as(kql).isEqualTo(expected(kql));
        }
    }

    /** What the rates say a recipe counts: a store's audited or flagged apps, or a family's or check's. */
    private static long expected(String kql) {
        Map<String, String> terms = new HashMap<>();
        for (String part : kql.split("\\s+and\\s+")) {
            String[] fv = part.trim().split(":", 2);
            terms.put(fv[0], fv[1]);
        }
        List<StoreRates> stores = terms.containsKey("store") ? List.of(store(terms.get("store"))) : rates.stores();
        long sum = 0;
        for (StoreRates s : stores) {
            if (terms.containsKey("families_failed")) {
                sum += s.families().stream().filter(f -> f.family().equals(terms.get("families_failed")))
                        .findFirst().orElseThrow().flagged().k();
            } else if (terms.containsKey("checks_failed")) {
                sum += s.checks().stream().filter(c -> c.check().equals(terms.get("checks_failed"))).findFirst()
                        .orElseThrow().flagged().k();
            } else if (terms.containsKey("checks_evaluated")) {
                sum += s.checks().stream().filter(c -> c.check().equals(terms.get("checks_evaluated"))).findFirst()
                        .orElseThrow().evaluated();
            } else if (terms.containsKey("flagged")) {
                sum += s.flagged().k();
            } else {
                sum += s.audited();
            }
        }
        return sum;
    }
}
