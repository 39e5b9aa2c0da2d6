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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appaudit demo} end to end, in-process, against the build's Elasticsearch: the bundled replay is crawled,
 * checked and reported, and the findings are exactly the problems demo/PLANTED.md says were planted.
 */
class DemoCommandTest {

    @TempDir
    static Path dir;
    private static Cli.Run run;
    private static ElasticConnection es;
    private static String prefix;

    @BeforeAll
    static void runTheDemo() throws IOException {
        var config = TestElasticsearch.config("demo");
        prefix = config.indexPrefix() + DemoCommand.INDEX_SUFFIX;
        Path yaml = dir.resolve("appaudit.yaml");
        Files.writeString(yaml, "elastic.urls: [" + config.urls().get(0) + "]\nelastic.index-prefix: "
                + config.indexPrefix() + "\n");
        run = Cli.run("--config", yaml.toString(), "--data-dir", dir.resolve("data").toString(), "demo");
        es = ElasticConnection.open(config.withIndexPrefix(prefix));
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /** A store, package and check, as PLANTED.md and the findings name them. */
    record Planted(String store, String pkg, String check) implements Comparable<Planted> {
        @Override
        public int compareTo(Planted o) {
            return toString().compareTo(o.toString());
        }
    }

    private static Set<Planted> planted(String outcome) throws IOException {
        return Files.readAllLines(Path.of("..", "demo", "PLANTED.md")).stream()
                .filter(l -> l.startsWith("| ") && l.split("\\|").length >= 6)
                .map(l -> l.split("\\|"))
                .filter(c -> c[4].trim().equals(outcome))
                .map(c -> new Planted(c[1].trim(), c[2].trim(), c[3].trim()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Planted> findings(boolean informational) throws IOException {
        Request r = new Request("GET", "/" + prefix + "-findings/_search");
        r.setJsonEntity("{\"size\":10000,\"query\":{\"bool\":{\"filter\":[{\"term\":{\"quarter\":\""
                + Quarter.of(Instant.now()) + "\"}},{\"term\":{\"informational\":" + informational + "}}],"
                + "\"must_not\":[{\"term\":{\"status\":\"rectified\"}}]}}}");
        JsonNode hits = new ObjectMapper().readTree(es.rest().performRequest(r).getEntity().getContent())
                .path("hits").path("hits");
        Set<Planted> out = new TreeSet<>();
        hits.forEach(h -> out.add(new Planted(h.path("_source").path("store").asText(),
                h.path("_source").path("package").asText(), h.path("_source").path("check_id").asText())));
        return out;
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
    void writesTheReportWithRatesForAllFiveStores() throws IOException {
        Path json = dir.resolve("data").resolve("demo").resolve("reports").resolve(Quarter.of(Instant.now()).toString())
                .resolve("report.json");
        JsonNode stores = new ObjectMapper().readTree(json.toFile()).path("rates").path("stores");
        assertThat(stores).hasSize(5);
        stores.forEach(s -> assertThat(s.path("audited").asLong()).as(s.path("store").asText()).isEqualTo(50));
    }

    @Test
    void findsExactlyThePlantedProblems() throws IOException {
        assertThat(findings(false)).containsExactlyElementsOf(planted("problem"));
    }

    @Test
    void reportsThePlantedRelatedEntitiesAsInformational() throws IOException {
        assertThat(findings(true)).containsExactlyElementsOf(planted("informational"));
    }
}
