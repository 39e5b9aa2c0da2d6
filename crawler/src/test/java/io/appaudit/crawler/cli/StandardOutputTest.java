package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output carries only what a command was asked for: each command runs in a JVM of its own with the
 * program's own logging configuration (not the tests'), and its standard output is parsed as what it claims to be
 * (JSON, CSV, help text, a one-line status). A log line, the logging library's status list or a progress line on
 * standard output fails the test.
 */
class StandardOutputTest {

    private static final Instant IN_Q4 = Instant.parse("2026-11-10T02:00:00Z");
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Lines a logger writes: logback's pattern (time, level), logback's status list, SLF4J's own warnings. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "(?m)^(\\d{2}:\\d{2}:\\d{2}[.,]\\d{3} +(TRACE|DEBUG|INFO|WARN|ERROR)\\b|\\s*\\|-(INFO|WARN|ERROR) in |SLF4J[:(]"
                    + "|(TRACE|DEBUG|INFO|WARN|WARNING|ERROR) |.*ch\\.qos\\.logback)");

    @TempDir
    static Path dir;
    private static ElasticConnection es;
    private static Path config;

    /** What a child process wrote on each stream, and its exit code. */
    private record Output(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void seedAndCheck() throws IOException, InterruptedException {
        es = ElasticConnection.open(TestElasticsearch.config("stdout"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        List<io.appaudit.indexer.docs.ListingDocument> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(Plant.of(StoreId.TENCENT, "com.stdout.t" + i, IN_Q4).doc());
        }
        docs.add(Plant.of(StoreId.VIVO, "com.stdout.v1", IN_Q4).doc());
        Ingest.snapshots(es, layout, Optional.empty(), docs);
        config = Files.writeString(dir.resolve("appaudit.yaml"), "data:\n  dir: " + dir.resolve("data") + "\n"
                + "elastic:\n  urls: [\"" + TestElasticsearch.url() + "\"]\n  index-prefix: "
                + es.config().indexPrefix() + "\n", StandardCharsets.UTF_8);
        Output check = run("check", "--quarter", "2026Q4");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertClean(check);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /** Runs the program in a JVM of its own with the program's logback.xml, each stream captured on its own. */
    private static Output run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--add-exports", "java.management/sun.management=ALL-UNNAMED",
                // the shipped configuration, not logback-test.xml: this is what a user's terminal sees
                "-Dlogback.configurationFile=logback.xml", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "io.appaudit.crawler.cli.Main", "--config",
                config.toString()));
        cmd.addAll(List.of(args));
        String name = String.join("_", args).replaceAll("[^A-Za-z0-9]+", "-");
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within 2 minutes");
        }
        return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Output succeeded(String... args) throws IOException, InterruptedException {
        Output o = run(args);
        assertThat(o.exitCode()).as("%s: %s", String.join(" ", args), o.err()).isZero();
        assertClean(o);
        return o;
    }

    private static void assertClean(Output o) {
        assertThat(o.out()).as("standard output").doesNotContainPattern(LOG_LINE).doesNotStartWith("\n");
    }

    @Test
    void helpPrintsTheUsageAndNothingElse() throws IOException, InterruptedException {
        String out = succeeded("--help").out();
        assertThat(out).startsWith("Usage: appaudit").contains("Exit codes:");
    }

    @Test
    void aCommandsHelpPrintsItsUsageAndNothingElse() throws IOException, InterruptedException {
        assertThat(succeeded("rates", "--help").out()).startsWith("Usage: appaudit rates");
    }

    @Test
    void versionPrintsThreeLines() throws IOException, InterruptedException {
        assertThat(succeeded("--version").out().lines()).hasSize(3).first().asString().startsWith("appaudit ");
    }

    @Test
    void ratesAsJsonIsOneJsonDocument() throws IOException, InterruptedException {
        JsonNode rates = STRICT_JSON.readTree(succeeded("rates", "--quarter", "2026Q4", "--json").out());
        assertThat(rates.path("stores")).extracting(s -> s.path("store").asText()).contains("tencent", "vivo");
    }

    @Test
    void ratesAsCsvIsAHeaderAndRowsOfTheSameWidth() throws IOException, InterruptedException {
        List<List<String>> rows = Csv.parse(succeeded("rates", "--quarter", "2026Q4", "--csv").out());
        assertThat(rows.get(0)).startsWith("quarter", "store", "scope", "id", "title", "audited", "flagged");
        assertThat(rows).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r).hasSameSizeAs(rows.get(0)));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("2026Q4"));
    }

    @Test
    void ratesAsATableHasNoLogLines() throws IOException, InterruptedException {
        assertThat(succeeded("rates", "--quarter", "2026Q4").out()).contains("tencent");
    }

    @Test
    void parseIsOneJsonDocument() throws IOException, InterruptedException {
        Path file = dir.resolve("vivo-detail.fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/vivo/vivo-detail.fixture.json")) {
            assertThat(in).isNotNull();
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JsonNode parsed = STRICT_JSON.readTree(succeeded("parse", "--store", "vivo", file.toString()).out());
        assertThat(parsed.path("store").asText()).isEqualTo("vivo");
    }

    @Test
    void esStatusIsOneSentence() throws IOException, InterruptedException {
        assertThat(succeeded("es", "status").out().lines()).singleElement().asString()
                .startsWith("Cluster [" + TestElasticsearch.url());
    }

    @Test
    void scheduleListPrintsTheJobsAndNoLogLines() throws IOException, InterruptedException {
        assertThat(succeeded("schedule", "--list").out()).isNotBlank();
    }

    @Test
    void wrongUsageWritesNothingOnStandardOutput() throws IOException, InterruptedException {
        Output o = run("rates", "--store", "nosuch");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).contains("--store");
    }

    /** RFC 4180 as {@code rates --csv} writes it: quoted fields may hold commas, quotes and line breaks. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            assertThat(quoted).as("an unterminated quoted field").isFalse();
            assertThat(field).as("a last line without its line break").isEmpty();
            return rows;
        }
    }
}
