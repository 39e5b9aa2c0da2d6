package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportCorpus;
import io.appaudit.indexer.report.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appaudit report} over the report corpus, checked quarter by quarter through the command line. */
class ReportCommandTest {

    @TempDir
    static Path dir;
    private static ElasticConnection es;
    private static Path config;
    private static Path out;
    private static Cli.Run report;

    @BeforeAll
    static void seedCheckAndReport() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("reportcmd"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        Ingest.snapshots(es, layout, Optional.empty(), ReportCorpus.snapshots());
        ReportCorpus.crawlRuns(es, layout);
        Path notices = Files.writeString(dir.resolve("notices.csv"), ReportCorpus.NOTICES, StandardCharsets.UTF_8);
        config = Files.writeString(dir.resolve("appaudit.yaml"), "data:\n  dir: " + dir.resolve("data") + "\n"
                + "elastic:\n  urls: [\"" + TestElasticsearch.url() + "\"]\n  index-prefix: "
                + es.config().indexPrefix() + "\nchecks:\n  notice-file: " + notices + "\n", StandardCharsets.UTF_8);
        for (Quarter q : ReportCorpus.QUARTERS) {
            Cli.Run check = run("check", "--quarter", q.toString());
            assertThat(check.exitCode()).as(check.err()).isZero();
        }
        out = dir.resolve("out");
        report = run("report", "--quarter", "2026Q4", "--out", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
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

    private static String stdout(String... args) {
        Cli.Run r = run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void writesThePageTheNumbersAndTheEvidence() {
        for (String f : List.of(ReportWriter.HTML, ReportWriter.JSON, ReportWriter.RATES_CSV, ReportWriter.TREND_CSV,
                ReportWriter.UPDATE_AGE_CSV, ReportWriter.CRAWL_HEALTH_CSV, ReportWriter.DEVELOPERS_CSV,
                ReportWriter.EVIDENCE_CSV, ReportWriter.EVIDENCE_JSON)) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        assertThat(report.out()).contains("Report 2026Q4: 111 apps audited in 5 stores").contains("report.html");
    }

    @Test
    void ratesCsvIsTheRatesCommandsCsv() throws IOException {
        String file = Files.readString(out.resolve(ReportWriter.RATES_CSV), StandardCharsets.UTF_8);
        // the file starts with a byte-order mark for spreadsheets; standard output, read by programs, does not
        assertThat(file).startsWith("\uFEFF");
        assertThat(file.substring(1)).isEqualTo(stdout("rates", "--quarter", "2026Q4", "--csv"));
    }

    @Test
    void reportJsonHoldsTheRatesCommandsJson() throws IOException {
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(out.resolve(ReportWriter.JSON).toFile()).path("rates"))
                .isEqualTo(m.readTree(stdout("rates", "--quarter", "2026Q4", "--json")));
    }

    @Test
    void writesIntoTheDataFolderByDefault() {
        assertThat(stdout("report", "--quarter", "2026Q3")).contains("Report 2026Q3");
        assertThat(dir.resolve("data").resolve("reports").resolve("2026Q3").resolve(ReportWriter.HTML)).isRegularFile();
    }
}
