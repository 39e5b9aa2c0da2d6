package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    private static final Instant IN_Q4 = Instant.parse("2026-11-10T02:00:00Z");
    @TempDir
    Path dir;
    private ElasticConnection es;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("checkcmd"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        // Stored without the listing checks: the command runs them first.
        Ingest.snapshots(es, layout, Optional.empty(), List.of(
                Plant.of(StoreId.TENCENT, "com.cli.malformed", IN_Q4).with(b -> b.filingNumber("粤ICP备12345号")).doc(),
                Plant.of(StoreId.TENCENT, "com.cli.clean", IN_Q4).doc()));
        config = config("");
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private Path config(String checks) throws IOException {
        return Files.writeString(dir.resolve("appaudit.yaml"), "data:\n  dir: " + dir + "\n"
                + "elastic:\n  urls: [\"" + TestElasticsearch.url() + "\"]\n  index-prefix: "
                + es.config().indexPrefix() + "\n" + checks, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void checksAQuarterAndSaysWhatItFound() {
        assertThat(run("--config", config.toString(), "check", "--quarter", "2026Q4")).isZero();
        assertThat(out.toString()).contains("Checked 2026Q4: 2 apps (2 packages).")
                .contains("Listing checks run on 2 snapshot(s).")
                .contains("Findings: 1 problem(s) (1 new, 0 persisting), 0 rectified, 0 informational.")
                .contains("Problems per check: R2 1")
                .contains("Findings index: 1 written, 0 unchanged, 0 deleted.");
    }

    @Test
    void aSecondRunWritesNothing() {
        run("--config", config.toString(), "check", "--quarter", "2026Q4");
        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString(), "check", "--quarter", "2026Q4")).isZero();
        assertThat(out.toString()).contains("Findings index: 0 written, 1 unchanged, 0 deleted.")
                .doesNotContain("Listing checks run on");
    }

    @Test
    void aBadGroupFileFailsNamingTheFileAndLine() throws IOException {
        Path groups = Files.writeString(dir.resolve("groups.csv"), "group,company\n甲集团\n", StandardCharsets.UTF_8);
        config = config("checks:\n  group-file: " + groups + "\n");
        assertThat(run("--config", config.toString(), "check", "--quarter", "2026Q4")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("appaudit: " + groups
                + " line 2: has 1 fields, the header has 2 (quote a value that contains a comma)"
                + System.lineSeparator());
    }

    @Test
    void aQuarterThatDoesNotExistIsRefused() {
        assertThat(run("--config", config.toString(), "check", "--quarter", "2026Q5")).isEqualTo(1);
        assertThat(err.toString()).contains("'2026Q5' is not a quarter: write it like 2026Q4");
    }
}
