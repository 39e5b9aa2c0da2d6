package io.appaudit.crawler.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed demo (both quarters' replays) is the generator's reproducible output, in files WireMock loads as they are. */
class DemoReplayFilesTest {

    static final Path DEMO = Path.of("..", "demo");

    @Test
    void generatesTheSameBytesEveryTime(@TempDir Path a, @TempDir Path b) throws IOException {
        DemoReplayGenerator.generate(a, DemoCatalog.build(), DemoCatalog.buildPrevious());
        DemoReplayGenerator.generate(b, DemoCatalog.build(), DemoCatalog.buildPrevious());

        assertThat(tree(b)).containsExactlyEntriesOf(tree(a));
    }

    @Test
    void committedDemoIsWhatTheGeneratorWrites(@TempDir Path fresh) throws IOException {
        DemoReplayGenerator.generate(fresh, DemoCatalog.build(), DemoCatalog.buildPrevious());

        Map<String, String> committed = tree(DEMO);
        committed.keySet().removeIf(k -> !k.startsWith("replay/") && !k.startsWith("replay-previous/")
                && !k.endsWith(".csv") && !k.equals("PLANTED.md"));
        // written by hand, not by the generator: a notice batch naming replay apps (DemoCommandTest reads its states)
        committed.remove("notice-batch.csv");
        Map<String, String> generated = tree(fresh);
        Set<String> differing = new TreeSet<>(committed.keySet());
        differing.addAll(generated.keySet());
        differing.removeIf(k -> Objects.equals(committed.get(k), generated.get(k)));
        assertThat(differing).as("files of demo/ that differ from the generator's output (run demo/regenerate.sh)")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoReplayGenerator.CURRENT, DemoReplayGenerator.PREVIOUS})
    void wireMockLoadsEveryStubOfEveryMappingFile(String replay) throws IOException {
        int inFiles = 0;
        for (Path f : files(DEMO.resolve(replay).resolve("mappings"))) {
            JsonNode stubs = ReplayFiles.JSON.readTree(f.toFile()).path("mappings");
            assertThat(stubs.isArray()).as("%s holds a mappings array", f).isTrue();
            inFiles += stubs.size();
        }
        WireMockServer server = new WireMockServer(options().dynamicPort()
                .usingFilesUnderDirectory(DEMO.resolve(replay).toString()));
        server.start();
        try {
            assertThat(server.listAllStubMappings().getMappings()).hasSize(inFiles);
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoReplayGenerator.CURRENT, DemoReplayGenerator.PREVIOUS})
    void everyBodyFileAStubNamesExists(String replay) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path f : files(DEMO.resolve(replay).resolve("mappings"))) {
            for (JsonNode stub : ReplayFiles.JSON.readTree(f.toFile()).path("mappings")) {
                String body = stub.path("response").path("bodyFileName").asText("");
                if (!body.isEmpty() && !Files.isRegularFile(DEMO.resolve(replay).resolve("__files").resolve(body))) {
                    missing.add(body);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every file under the directory: relative path → content. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path f : files(root)) {
            out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
        }
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
