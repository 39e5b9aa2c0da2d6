package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the test corpus as a reader sees it: a check evaluated for no app of a store has no rate in table
 * 2.2, report.json and rates.csv (never "0.0 %"); no time is raw UTC; no count of one takes a plural.
 */
class ReportDetailsTest {

    @TempDir
    static Path dir;
    private static ReportFixture fixture;

    @BeforeAll
    static void writeTheReport() {
        fixture = new ReportFixture("reportnoteval", dir);
    }

    @AfterAll
    static void cleanUp() {
        fixture.close();
    }

    private static List<StoreRates> stores() {
        return fixture.data.rates().stores();
    }

    @Test
    void noTimeInThePageIsRawIso() {
        Document html = Jsoup.parse(fixture.read(ReportWriter.HTML));
        html.select("dl.ref").remove(); // WARC record ids are identifiers that merely contain a time
        String text = html.text();
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").contains("+08:00");
    }

    @Test
    void noCountOfOneTakesAPlural() {
        String text = Jsoup.parse(fixture.read(ReportWriter.HTML)).text();
        assertThat(text).doesNotContainPattern("(?<![\\d,.])1 (problems|apps|stores|failed probes)\\b")
                .doesNotContain("store(s)", "app(s)", "problem(s)");
    }

    @Test
    void theCorpusHasChecksNotShownAndChecksNotEvaluated() {
        List<CheckRates> none = stores().stream().flatMap(s -> s.checks().stream())
                .filter(c -> c.evaluated() == 0).toList();
        assertThat(none).extracting(c -> c.notEvaluated().orElseThrow().label())
                .contains("not shown", "not evaluated");
    }

    @Test
    void tableTwoTwoSaysNotShownOrNotEvaluatedInsteadOfARate() {
        Document html = Jsoup.parse(fixture.read(ReportWriter.HTML));
        Element table = html.select("h3:contains(Table 2.2) + table").first();
        assertThat(table).isNotNull();
        for (CheckId c : CheckId.values()) {
            Element row = table.select("tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().startsWith(c.name() + " ")).findFirst().orElseThrow();
            List<Element> cells = row.select("td");
            for (int i = 0; i < stores().size(); i++) {
                CheckRates cr = BreakdownSection.check(stores().get(i), c);
                String cell = cells.get(i).text();
                if (cr.evaluated() == 0) {
                    assertThat(cell).as(c + " in " + stores().get(i).store())
                            .startsWith(cr.notEvaluated().orElseThrow().label()).doesNotContain("%").doesNotContain(" of ");
                } else {
                    assertThat(cell).as(c + " in " + stores().get(i).store())
                            .contains(cr.flagged().k() + " of " + cr.evaluated());
                }
            }
        }
    }

    @Test
    void reportJsonGivesZeroEvaluatedAndNoRateOrInterval() throws IOException {
        JsonNode rates = new ObjectMapper().readTree(fixture.read(ReportWriter.JSON)).path("rates");
        int seen = 0;
        for (JsonNode store : rates.path("stores")) {
            for (JsonNode check : store.path("checks")) {
                if (check.path("evaluated").asLong(-1) == 0) {
                    seen++;
                    assertThat(check.path("flagged").has("rate")).isFalse();
                    assertThat(check.path("flagged").has("low")).isFalse();
                    assertThat(check.path("flagged").has("high")).isFalse();
                    assertThat(check.path("not_evaluated").path("reason").asText()).isIn("not_shown", "not_evaluated");
                }
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void ratesCsvLeavesTheRateEmptyAndGivesTheCoverage() {
        List<List<String>> rows = CsvReader.rows(fixture.read(ReportWriter.RATES_CSV));
        List<String> header = rows.get(0);
        List<List<String>> none = rows.stream().filter(r -> r.get(header.indexOf("scope")).equals("check"))
                .filter(r -> r.get(header.indexOf("evaluated")).equals("0")).toList();
        assertThat(none).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(header.indexOf("rate"))).isEmpty();
            assertThat(r.get(header.indexOf("ci_low"))).isEmpty();
            assertThat(r.get(header.indexOf("ci_high"))).isEmpty();
            assertThat(r.get(header.indexOf("coverage"))).isEqualTo("0.000000");
        });
    }
}
