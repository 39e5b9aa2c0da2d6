package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.audit.DemoBundle;
import io.appaudit.crawler.audit.ReplayServer;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appaudit record} freezes a crawl into a replay, and {@code appaudit audit --replay} runs the same audit on it
 * later: here the "live" stores are the bundled demo replay, recorded for two stores and audited again.
 */
class RecordCommandTest {

    @TempDir
    static Path dir;
    private static Cli.Run recorded;
    private static Cli.Run replayed;
    private static ElasticConnection es;

    @BeforeAll
    static void recordThenAuditTheRecording() throws IOException {
        var config = TestElasticsearch.config("record");
        es = ElasticConnection.open(config);
        Path demo = DemoBundle.extractTo(dir.resolve("demo"));
        Path out = dir.resolve("recording");
        try (ReplayServer live = ReplayServer.serve(demo.resolve("replay"))) {
            Path yaml = dir.resolve("live.yaml");
            Files.writeString(yaml, Files.readString(demo.resolve(DemoBundle.CONFIG))
                    .replace("http://127.0.0.1:8089", live.base().toString())
                    .replace(": demo/", ": " + demo + "/")
                    + "\nelastic.urls: [" + config.urls().get(0) + "]\nelastic.index-prefix: "
                    + config.indexPrefix() + "\n");
            recorded = Cli.run("--config", yaml.toString(), "--data-dir", dir.resolve("data1").toString(),
                    "record", "--store", "vivo,huawei", "--out", out.toString());
            // The recording is audited with the live replay gone: everything must come from the recording.
            Path yaml2 = dir.resolve("replay.yaml");
            Files.writeString(yaml2, Files.readString(yaml).replace("replay-base: " + live.base(), "replay-base: \"\""));
            live.close();
            replayed = Cli.run("--config", yaml2.toString(), "--data-dir", dir.resolve("data2").toString(),
                    "audit", "--replay", out.toString(), "--store", "vivo,huawei");
        }
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static long listings(String output, String store) {
        Matcher m = Pattern.compile("(?m)^" + store + "\\s+(\\w+)\\s+(\\d+)\\s+(\\d+)").matcher(output);
        assertThat(m.find()).as("a summary line for %s in:%n%s", store, output).isTrue();
        assertThat(m.group(1)).isEqualTo("completed");
        return Long.parseLong(m.group(3));
    }

    @Test
    void recordsEveryExchangeOfTheCrawlAsAReplay() throws IOException {
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("Recorded ").contains("audit --replay");
        Path mappings = dir.resolve("recording").resolve("mappings");
        assertThat(mappings.resolve("vivo.json")).exists();
        assertThat(mappings.resolve("huawei.json")).exists();
        assertThat(Files.readString(mappings.resolve("huawei.json"))).contains("getInterfaceCode").contains("/appdl/");
    }

    @Test
    void auditsTheRecordingWithTheSameListingsAsTheCrawlSaw() {
        assertThat(replayed.exitCode()).as(replayed.err()).isZero();
        assertThat(listings(replayed.out(), "vivo")).isEqualTo(listings(recorded.out(), "vivo")).isEqualTo(50);
        assertThat(listings(replayed.out(), "huawei")).isEqualTo(listings(recorded.out(), "huawei")).isEqualTo(50);
        assertThat(replayed.out()).contains("Report: ");
    }
}
