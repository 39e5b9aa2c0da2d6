package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 应用宝: 4 apps, 1 flagged (still listed after a notice deadline, with a hostile name); OPPO: 2 apps, none flagged. */
class RatesCommandTest {

    private static final Instant IN_Q4 = Instant.parse("2026-11-10T02:00:00Z");
    /** A name with a formula, quotes, a comma, a bell and a right-to-left override. */
    private static final String HOSTILE = "=HYPERLINK(\"x\"),evil\u0007\u202Eppa";
    @TempDir
    static Path dir;
    private static ElasticConnection es;
    private static Path config;

    @BeforeAll
    static void seedAndCheck() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("ratescmd"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        List<io.appaudit.indexer.docs.ListingDocument> docs = new ArrayList<>();
        docs.add(Plant.of(StoreId.TENCENT, "com.cli.overdue", IN_Q4).with(b -> b.name(HOSTILE)).doc());
        for (int i = 0; i < 3; i++) {
            docs.add(Plant.of(StoreId.TENCENT, "com.cli.t" + i, IN_Q4).doc());
        }
        // OPPO's pages carry no operator here: measured by check, its D1 is "not shown"
        docs.add(Plant.of(StoreId.OPPO, "com.cli.o1", IN_Q4).with(b -> b.operator(null)).doc());
        docs.add(Plant.of(StoreId.OPPO, "com.cli.o2", IN_Q4).with(b -> b.operator(null)).doc());
        Ingest.snapshots(es, layout, Optional.empty(), docs);
        Path notices = Files.writeString(dir.resolve("notices.csv"),
                "store,package,deadline,notice\ntencent,com.cli.overdue,2026-10-31,\"通报, 第 1 项\"\n");
        config = Files.writeString(dir.resolve("appaudit.yaml"), "data:\n  dir: " + dir + "\n"
                + "elastic:\n  urls: [\"" + TestElasticsearch.url() + "\"]\n  index-prefix: "
                + es.config().indexPrefix() + "\nchecks:\n  notice-file: " + notices + "\n", StandardCharsets.UTF_8);
        assertThat(run("check", "--quarter", "2026Q4").exitCode()).isZero();
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static Cli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static String rates(String... args) {
        List<String> all = new ArrayList<>(List.of("rates", "--quarter", "2026Q4"));
        all.addAll(List.of(args));
        Cli.Run r = run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void theTableGivesEachStoresRateIntervalAndShare() {
        assertThat(rates()).contains("应用宝 (tencent)").containsPattern("应用宝 \\(tencent\\)\\s+4\\s+1\\s+25\\.0 %"
                + "\\s+4\\.6–69\\.9 %\\s+1\\s+100\\.0 %").containsPattern("OPPO \\(oppo\\)\\s+2\\s+0\\s+0\\.0 %")
                .contains("Share = the store's problems ÷ all stores' problems: the regulator's figure, not a rate.");
    }

    @Test
    void theTableStripsControlCharactersFromStoreText() {
        String table = rates();
        assertThat(table).contains("=HYPERLINK(\"x\"),evilppa").doesNotContain("\u0007").doesNotContain("\u202E");
    }

    @Test
    void jsonHoldsTheSameNumbers() throws IOException {
        JsonNode tencent = new ObjectMapper().readTree(rates("--json")).path("stores").get(0);
        assertThat(tencent.path("store").asText()).isEqualTo("tencent");
        assertThat(tencent.path("audited").asLong()).isEqualTo(4);
        assertThat(tencent.path("flagged").path("k").asLong()).isEqualTo(1);
        assertThat(tencent.path("flagged").path("low").asDouble()).isBetween(0.0455, 0.0457);
    }

    @Test
    void jsonKeepsStoreTextIntactAndEscaped() throws IOException {
        JsonNode overdue = new ObjectMapper().readTree(rates("--json")).path("overdue").get(0);
        assertThat(overdue.path("name").asText()).isEqualTo(HOSTILE);
        assertThat(overdue.path("notice").asText()).isEqualTo("通报, 第 1 项");
    }

    @Test
    void csvQuotesStoreTextAndDefusesFormulas() {
        String csv = rates("--csv");
        assertThat(csv).startsWith("quarter,store,scope,id,title,audited,flagged,rate,ci_low,ci_high,coverage,")
                .contains("2026Q4,tencent,store,tencent,应用宝,4,1,0.250000,0.045587,0.699358,,,1,1.000000,1,0,0,,,,\r\n")
                // the bell is written visibly, as \\u0007 (a control character in a cell)
                .contains("2026Q4,tencent,overdue,com.cli.overdue,\"'=HYPERLINK(\"\"x\"\"),evil\\u0007\u202Eppa\""
                        + ",,,,,,,,,,,,,,2026-10-31,\"通报, 第 1 项\",2026-11-10T02:00:00Z\r\n");
    }

    @Test
    void theTableSaysNotEvaluatedWhereACheckCouldBeEvaluatedForNoApp() {
        String d2 = line(rates(), "D2 ");
        assertThat(d2).doesNotContain("–").containsPattern("D2 .*\\s0\\s+0\\s+not evaluated\\s+0\\.0 %");
    }

    @Test
    void theTableSaysNotShownWhereTheStoreDoesNotShowTheField() {
        String oppo = rates().substring(rates().indexOf("OPPO (oppo): by check"));
        assertThat(line(oppo, "D1 ")).contains("not shown").doesNotContain("not evaluated");
    }

    @Test
    void csvLeavesTheRateOfACheckEvaluatedForNoAppEmptyAndGivesItsCoverage() {
        String row = line(rates("--csv"), "2026Q4,tencent,check,D2,");
        List<String> cells = List.of(row.split(",", -1));
        List<String> header = List.of(line(rates("--csv"), "quarter,").split(",", -1));
        assertThat(cells.get(header.indexOf("audited"))).isEqualTo("4");
        assertThat(cells.get(header.indexOf("rate"))).isEmpty();
        assertThat(cells.get(header.indexOf("ci_low"))).isEmpty();
        assertThat(cells.get(header.indexOf("ci_high"))).isEmpty();
        assertThat(cells.get(header.indexOf("coverage"))).isEqualTo("0.000000");
        assertThat(cells.get(header.indexOf("evaluated"))).isEqualTo("0");
    }

    @Test
    void jsonGivesACheckEvaluatedForNoAppNoRateAndSaysWhy() throws IOException {
        JsonNode tencent = new ObjectMapper().readTree(rates("--json")).path("stores").get(0);
        JsonNode d2 = null;
        for (JsonNode c : tencent.path("checks")) {
            d2 = c.path("check").asText().equals("D2") ? c : d2;
        }
        assertThat(d2).isNotNull();
        assertThat(d2.path("evaluated").asLong(-1)).isZero();
        assertThat(d2.path("flagged").path("n").asLong(-1)).isZero();
        assertThat(d2.path("flagged").has("rate")).isFalse();
        assertThat(d2.path("flagged").has("low")).isFalse();
        assertThat(d2.path("flagged").has("high")).isFalse();
        assertThat(d2.path("coverage").path("rate").asDouble(-1)).isZero();
        assertThat(d2.path("not_evaluated").path("reason").asText()).isEqualTo("not_evaluated");
        assertThat(d2.path("not_evaluated").path("label").asText()).isEqualTo("not evaluated");
    }

    @Test
    void jsonWritesALowerBoundOfZeroAsZero() {
        assertThat(rates("--json")).doesNotContainPattern("\\d[eE]-?\\d").contains("\"low\" : 0.0");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("No line starting with " + start + " in\n" + text));
    }

    @Test
    void aStoreFilterShowsOnlyThatStore() {
        assertThat(rates("--store", "oppo")).contains("OPPO (oppo)").doesNotContain("应用宝 (tencent)");
    }

    @Test
    void jsonAndCsvTogetherAreAUsageError() {
        assertThat(run("rates", "--json", "--csv").exitCode()).isEqualTo(2);
    }
}
