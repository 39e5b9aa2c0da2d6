package io.appaudit.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user does: clone the repository into an empty folder and run the README's first command in demo mode
 * with an empty data folder. The launcher builds the program, the embedded Elasticsearch starts in that data folder,
 * and the report must exist with rates for all five stores. Skipped with -Dappaudit.test.skip-fresh-machine=true.
 */
class FreshMachineTest {

    @TempDir
    Path dir;

    private static String run(Path cwd, Path log, long minutes, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            throw new AssertionError(String.join(" ", cmd) + " did not finish within " + minutes + " minutes:\n"
                    + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s exited with %d:%n%s", String.join(" ", cmd), p.exitValue(), out).isZero();
        return out;
    }

    @Test
    void aFreshCloneRunsTheDemoAndWritesTheReportForAllFiveStores() throws IOException, InterruptedException {
        Assumptions.assumeFalse(Boolean.getBoolean("appaudit.test.skip-fresh-machine"), "skipped on request");
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path clone = dir.resolve("appaudit");
        run(dir, dir.resolve("clone.log"), 2, "git", "clone", "--quiet", "--no-local", repo.toString(), clone.toString());
        Path data = Files.createDirectories(dir.resolve("empty-data"));
        // Its own embedded node on any free port, so that a node already running here is not in the way.
        Path yaml = dir.resolve("fresh.yaml");
        Files.writeString(yaml, "elastic:\n  embedded:\n    port: 0\n");
        String out = run(clone, dir.resolve("demo.log"), 20, "./appaudit", "--config", yaml.toString(),
                "--data-dir", data.toString(), "demo");
        assertThat(out).contains("Report: ");
        Path report = data.resolve("demo").resolve("reports").resolve(Quarter.of(Instant.now()).toString());
        assertThat(report.resolve("report.html")).isNotEmptyFile();
        JsonNode stores = new ObjectMapper().readTree(report.resolve("report.json").toFile()).path("rates").path("stores");
        assertThat(stores).extracting(s -> s.path("store").asText())
                .containsExactlyInAnyOrderElementsOf(List.of("tencent", "xiaomi", "oppo", "huawei", "vivo"));
        stores.forEach(s -> assertThat(s.path("audited").asLong()).as(s.path("store").asText()).isPositive());
        assertThat(Files.readString(report.resolve("report.html"))).contains("应用宝").contains("华为");
    }
}
