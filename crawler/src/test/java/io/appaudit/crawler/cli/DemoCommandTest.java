package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appaudit demo} end to end, in-process, against the build's Elasticsearch: the bundled replay is crawled,
 * checked and reported, and the findings are exactly the problems demo/PLANTED.md says were planted. The demo runs
 * twice, with a re-evaluation under other settings and stray data in between, and must give the same numbers. Each
 * run audits the previous quarter's replay first (dated back), so this quarter's findings are new, persisting or
 * rectified as PLANTED.md says.
 */
class DemoCommandTest {

    @TempDir
    static Path dir;
    private static Path data;
    /** The first run, and what rates --demo and the findings said after it and after the re-evaluation. */
    private static Cli.Run first;
    private static String firstRates;
    private static Set<String> firstFindings;
    private static Set<String> afterReevaluation;
    /** The second run, after all that. */
    private static Cli.Run run;
    private static String secondRates;
    private static ElasticConnection es;
    private static String prefix;

    @BeforeAll
    static void runTheDemoTwiceWithOtherSettingsAndStrayDataInBetween() throws IOException {
        var config = TestElasticsearch.config("demo");
        prefix = config.indexPrefix() + DemoCommand.INDEX_SUFFIX;
        String base = "elastic.urls: [" + config.urls().get(0) + "]\nelastic.index-prefix: " + config.indexPrefix() + "\n";
        Path yaml = dir.resolve("appaudit.yaml");
        Files.writeString(yaml, base);
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, base + "checks.stale-days: 100\nchecks.min-target-sdk: 34\n");
        data = dir.resolve("data");
        es = ElasticConnection.open(config.withIndexPrefix(prefix));

        first = Cli.run("--config", yaml.toString(), "--data-dir", data.toString(), "demo");
        firstRates = demoRates(yaml);
        firstFindings = allFindings();
        // what a user did in between: re-evaluated the demo's data with other settings, left a stray finding and a
        // stray file in the demo's crawl state
        Cli.Run reevaluated = Cli.run("--config", other.toString(), "--data-dir", data.toString(), "check", "--demo",
                "--reevaluate");
        assertThat(reevaluated.exitCode()).as(reevaluated.err()).isZero();
        afterReevaluation = allFindings();
        plantStrayFinding();
        Files.writeString(Files.createDirectories(data.resolve("demo").resolve("crawl").resolve("xiaomi"))
                .resolve("stray.txt"), "left by hand");

        run = Cli.run("--config", yaml.toString(), "--data-dir", data.toString(), "demo");
        secondRates = demoRates(yaml);
    }

    private static String demoRates(Path yaml) {
        Cli.Run r = Cli.run("--config", yaml.toString(), "--data-dir", data.toString(), "rates", "--demo", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private static void plantStrayFinding() throws IOException {
        Request search = new Request("GET", "/" + prefix + "-findings/_search");
        search.setJsonEntity("{\"size\":1,\"query\":{\"term\":{\"informational\":false}}}");
        JsonNode hit = new ObjectMapper().readTree(es.rest().performRequest(search).getEntity().getContent())
                .path("hits").path("hits").get(0);
        var stray = ((com.fasterxml.jackson.databind.node.ObjectNode) hit.path("_source").deepCopy())
                .put("package", "com.example.stray");
        Request put = new Request("PUT", "/" + prefix + "-findings/_doc/stray?refresh=true");
        put.setJsonEntity(stray.toString());
        es.rest().performRequest(put);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
        // the commands run without --demo created the (empty) indices of the real prefix
        try (ElasticConnection real = ElasticConnection.open(TestElasticsearch.config("demo"))) {
            TestElasticsearch.cleanUp(real);
        }
    }

    /** The findings of a quarter in the demo's index: informational or not, rectified or not. */
    private static Set<PlantedTable.Key> findings(Quarter quarter, boolean informational, String status)
            throws IOException {
        Request r = new Request("GET", "/" + prefix + "-findings/_search");
        String statusFilter = status.startsWith("!") ? "\"must_not\":[{\"term\":{\"status\":\"" + status.substring(1)
                + "\"}}]" : "\"must\":[{\"term\":{\"status\":\"" + status + "\"}}]";
        r.setJsonEntity("{\"size\":10000,\"query\":{\"bool\":{\"filter\":[{\"term\":{\"quarter\":\""
                + quarter + "\"}},{\"term\":{\"informational\":" + informational + "}}]," + statusFilter + "}}}");
        JsonNode hits = new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent())
                .path("hits").path("hits");
        Set<PlantedTable.Key> out = new TreeSet<>();
        hits.forEach(h -> out.add(new PlantedTable.Key(h.path("_source").path("store").asText(),
                h.path("_source").path("package").asText(), h.path("_source").path("check_id").asText())));
        return out;
    }

    private static Set<PlantedTable.Key> findings(boolean informational) throws IOException {
        return findings(Quarter.of(Instant.now()), informational, "!rectified");
    }

    @Test
    void finishesAndSaysWhereTheReportIs() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report: ").contains("report.html");
        for (String store : List.of("应用宝 (tencent)", "小米 (xiaomi)", "OPPO (oppo)", "华为 (huawei)", "vivo (vivo)")) {
            assertThat(run.out()).contains(store);
        }
    }

    @Test
    void theReportFollowsTheImportedNoticeBatchThroughBothCrawls() throws IOException {
        Path json = dir.resolve("data").resolve("demo").resolve("reports").resolve(Quarter.of(Instant.now()).toString())
                .resolve("report.json");
        JsonNode batch = new ObjectMapper().readTree(json.toFile()).path("notices").get(0);
        assertThat(batch.path("batch").asText()).isEqualTo("demo-2026-07");
        List<String> states = new ArrayList<>();
        batch.path("apps").forEach(a -> {
            a.path("stores").forEach(st -> states.add(a.path("app").asText() + " " + st.path("store").asText() + " "
                    + st.path("follow_up").path("state").asText()));
            if (a.path("stores").isEmpty()) {
                states.add(a.path("app").asText() + " unseen");
            }
        });
        assertThat(states).containsExactly("若木地图 (cn.ruomu.maps) tencent STILL_LISTED",
                "知桥计算器 (cn.zhiqiao.calculator) huawei STILL_LISTED",
                "云峰翻译 (cn.yunfeng.translate) tencent RECTIFIED", "若木地图 / 若木软件（深圳）有限公司 unseen");
        JsonNode listed = batch.path("apps").get(0).path("stores").get(0).path("follow_up");
        // still listed since the previous quarter's crawl, the first after the batch's day
        assertThat(Instant.parse(listed.path("since").asText())).isBefore(Quarter.of(Instant.now()).start());
        assertThat(listed.path("since_by").asText()).startsWith("crawl ");
        JsonNode rectified = batch.path("apps").get(2).path("stores").get(0).path("follow_up");
        assertThat(Instant.parse(rectified.path("since").asText())).isAfter(Quarter.of(Instant.now()).start());
    }

    @Test
    void writesTheReportWithRatesForAllFiveStores() throws IOException {
        Path json = dir.resolve("data").resolve("demo").resolve("reports").resolve(Quarter.of(Instant.now()).toString())
                .resolve("report.json");
        JsonNode stores = new ObjectMapper().readTree(json.toFile()).path("rates").path("stores");
        assertThat(stores).hasSize(5);
        stores.forEach(s -> assertThat(s.path("audited").asLong()).as(s.path("store").asText()).isEqualTo(50));
    }

    @Test
    void findsExactlyThePlantedProblems() throws IOException {
        assertThat(findings(false)).containsExactlyElementsOf(PlantedTable.read().problemsNow());
    }

    @Test
    void reportsThePlantedRelatedEntitiesAsInformational() throws IOException {
        assertThat(findings(true)).containsExactlyElementsOf(PlantedTable.read().informational());
    }

    @Test
    void foundThePreviousQuartersProblemsInThePreviousQuarter() throws IOException {
        assertThat(findings(Quarter.of(Instant.now()).previous(), false, "!rectified"))
                .containsExactlyElementsOf(PlantedTable.read().problemsBefore());
    }

    @Test
    void marksTheProblemsNewOnlyThisQuarterAsNew() throws IOException {
        assertThat(findings(Quarter.of(Instant.now()), false, "new"))
                .containsExactlyElementsOf(PlantedTable.read().withStatus("new")).isNotEmpty();
    }

    @Test
    void marksTheProblemsOfBothQuartersAsPersisting() throws IOException {
        assertThat(findings(Quarter.of(Instant.now()), false, "persisting"))
                .containsExactlyElementsOf(PlantedTable.read().withStatus("persisting"));
    }

    @Test
    void marksTheProblemsFixedSinceThePreviousQuarterAsRectified() throws IOException {
        assertThat(findings(Quarter.of(Instant.now()), false, "rectified"))
                .containsExactlyElementsOf(PlantedTable.read().withStatus("rectified")).isNotEmpty();
    }

    @Test
    void reportsATrendOverBothQuarters() throws IOException {
        JsonNode rates = new ObjectMapper().readTree(secondRates);
        assertThat(rates.path("previous_quarter").asText()).isEqualTo(Quarter.of(Instant.now()).previous().toString());
        Path json = data.resolve("demo").resolve("reports").resolve(Quarter.of(Instant.now()).toString())
                .resolve("report.json");
        JsonNode trend = new ObjectMapper().readTree(json.toFile()).path("trend");
        JsonNode previous = null;
        for (JsonNode q : trend) {
            if (q.path("quarter").asText().equals(Quarter.of(Instant.now()).previous().toString())) {
                previous = q;
            }
        }
        assertThat(previous).as("the previous quarter in the trend: %s", trend).isNotNull();
        assertThat(previous.path("problems").asLong()).isPositive();
        previous.path("stores").forEach(st -> assertThat(st.path("audited").asLong()).isEqualTo(50));
    }

    /** Every finding of the demo's index, with its status and kind. */
    private static Set<String> allFindings() throws IOException {
        Request r = new Request("GET", "/" + prefix + "-findings/_search");
        r.setJsonEntity("{\"size\":10000}");
        JsonNode hits = new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent())
                .path("hits").path("hits");
        Set<String> out = new TreeSet<>();
        hits.forEach(h -> {
            JsonNode f = h.path("_source");
            out.add(String.join(" ", f.path("quarter").asText(), f.path("store").asText(), f.path("package").asText(),
                    f.path("check_id").asText(), f.path("status").asText(), f.path("informational").asText()));
        });
        return out;
    }

    private static long count(String index) throws IOException {
        Request r = new Request("GET", "/" + index + "/_count");
        return new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent()).path("count").asLong();
    }

    @Test
    void theReevaluationInBetweenReallyChangedTheDemosFindings() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(afterReevaluation).isNotEqualTo(firstFindings);
    }

    @Test
    void givesTheSameRatesOnEveryRunWhateverWasDoneInBetween() throws IOException {
        assertThat(withoutCrawlTimes(secondRates)).isEqualTo(withoutCrawlTimes(firstRates));
    }

    /** The rates without the overdue apps' last-seen times, which are when each run crawled them. */
    private static JsonNode withoutCrawlTimes(String ratesJson) throws IOException {
        JsonNode rates = new ObjectMapper().readTree(ratesJson);
        assertThat(rates.path("overdue")).isNotEmpty();
        rates.path("overdue").forEach(o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("last_seen"));
        return rates;
    }

    @Test
    void givesTheSameFindingsOnEveryRunWhateverWasDoneInBetween() throws IOException {
        assertThat(allFindings()).isEqualTo(firstFindings);
    }

    @Test
    void keepsOneCrawlRunAndFiftyListingsPerStoreAndQuarterAfterARerun() throws IOException {
        assertThat(count(prefix + "-crawl-runs")).isEqualTo(10);
        assertThat(count(prefix + "-listings-*")).isEqualTo(500);
        for (Quarter q : List.of(Quarter.of(Instant.now()), Quarter.of(Instant.now()).previous())) {
            Request r = new Request("GET", "/" + prefix + "-listings-*/_count");
            r.setJsonEntity("{\"query\":{\"term\":{\"quarter\":\"" + q + "\"}}}");
            assertThat(new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent())
                    .path("count").asLong()).as(q.toString()).isEqualTo(250);
        }
    }

    @Test
    void forgetsWhatWasLeftInItsFolder() {
        assertThat(data.resolve("demo").resolve("crawl").resolve("xiaomi").resolve("stray.txt")).doesNotExist();
    }

    @Test
    void endsByTellingHowToReachItsData() {
        String[] lines = run.err().strip().split("\\R");
        assertThat(String.join("\n", List.of(lines).subList(lines.length - 2, lines.length)))
                .contains("To look at this data: ./appaudit --config ")
                .contains(" rates --demo, ").contains(" evidence --demo <snapshot or app id>, ")
                .contains(" report --demo");
        assertThat(run.out()).doesNotContain("--demo");
    }

    @Test
    void ratesWithDemoReadsTheDemosFiftyAppsPerStoreAndWithoutItNothing() throws IOException {
        JsonNode stores = new ObjectMapper().readTree(secondRates).path("stores");
        assertThat(stores).hasSize(5);
        stores.forEach(s -> assertThat(s.path("audited").asLong()).as(s.path("store").asText()).isEqualTo(50));
        Cli.Run real = Cli.run("--config", dir.resolve("appaudit.yaml").toString(), "--data-dir", data.toString(),
                "rates", "--json");
        assertThat(real.out()).doesNotContain("\"audited\" : 50");
    }

    @Test
    void evidenceWithDemoPrintsTheExchangeBehindASnapshotOfTheDemo() throws IOException {
        Request r = new Request("GET", "/" + prefix + "-listings-*/_search");
        r.setJsonEntity("{\"size\":1,\"query\":{\"term\":{\"store\":\"xiaomi\"}}}");
        String id = new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent())
                .path("hits").path("hits").get(0).path("_source").path("snapshot_id").asText();
        String yaml = dir.resolve("appaudit.yaml").toString();
        Cli.Run demo = Cli.run("--config", yaml, "--data-dir", data.toString(), "evidence", "--demo", id);
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("(matches the listing's evidence)").contains("app.mi.com");
        Cli.Run real = Cli.run("--config", yaml, "--data-dir", data.toString(), "evidence", id);
        assertThat(real.exitCode()).isEqualTo(1);
    }

    @Test
    void readCommandsWithDemoBeforeAnyDemoRanSayToRunItFirst() {
        Cli.Run r = Cli.run("--config", dir.resolve("appaudit.yaml").toString(), "--data-dir",
                dir.resolve("never").toString(), "rates", "--demo");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("There is no demo data in").contains("run './appaudit demo' first");
    }
}
