package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final Instant IN_Q4 = Instant.parse("2026-11-10T02:00:00Z");
    @TempDir
    Path dir;
    private ElasticConnection es;
    private Path config;

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

    private Cli.Run check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--config", config.toString(), "check"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void checksAQuarterAndSaysWhatItFound() {
        Cli.Run r = check("--quarter", "2026Q4");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Checked 2026Q4: 2 apps (2 packages).")
                .contains("Listing checks run on 2 snapshot(s).")
                .contains("Findings: 1 problem(s) (1 new, 0 persisting), 0 rectified, 0 informational.")
                .contains("Problems per check: R2 1")
                .contains("Findings index: 1 written, 0 unchanged, 0 deleted.");
        assertThat(r.err()).contains("Looked at 2 of 2 apps (every app).");
        assertThat(r.out()).doesNotContain("Looked at");
    }

    @Test
    void aSecondRunWritesNothing() {
        check("--quarter", "2026Q4");
        Cli.Run again = check("--quarter", "2026Q4");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Findings index: 0 written, 1 unchanged, 0 deleted.")
                .doesNotContain("Listing checks run on");
        assertThat(again.err()).contains("Looked at 0 of 2 apps (nothing changed since the last check).");
    }

    @Test
    void aBadGroupFileFailsNamingTheFileAndLine() throws IOException {
        Path groups = Files.writeString(dir.resolve("groups.csv"), "group,company\n甲集团\n", StandardCharsets.UTF_8);
        config = config("checks:\n  group-file: " + groups + "\n");
        Cli.Run r = check("--quarter", "2026Q4");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("appaudit: " + groups
                + " line 2: has 1 fields, the header has 2 (quote a value that contains a comma)"
                + System.lineSeparator());
    }

    @Test
    void aQuarterThatDoesNotExistIsRefused() {
        Cli.Run r = check("--quarter", "2026Q5");
        assertThat(r.exitCode()).isEqualTo(2); // wrong usage (issue 12); it was 1
        assertThat(r.err()).contains("'2026Q5' is not a quarter: write it like 2026Q4");
    }
}
