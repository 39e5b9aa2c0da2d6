package io.appaudit.crawler.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.layout.PrefixRemoval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's reset deletes its own folder, indices and templates, and nothing of a real audit's beside them. */
class DemoResetTest {

    @TempDir
    Path dir;
    private ElasticSession real;
    private ElasticSession demo;

    @BeforeEach
    void realAndDemoIndicesSideBySide() throws IOException {
        var config = TestElasticsearch.config("reset");
        real = ElasticSession.open(config);
        demo = ElasticSession.open(config.withIndexPrefix(config.indexPrefix() + "-demo"));
        for (ElasticSession s : List.of(real, demo)) {
            Request put = new Request("PUT", "/" + s.layout().listingsIndex(java.time.Instant.parse(
                    "2026-09-15T00:00:00Z")) + "/_doc/1?refresh=true");
            put.setJsonEntity("{\"store\":\"xiaomi\",\"package\":\"com.example.app\"}");
            s.connection().rest().performRequest(put);
        }
        Files.createDirectories(dir.resolve("demo").resolve("crawl").resolve("xiaomi"));
        Files.writeString(dir.resolve("demo").resolve("crawl").resolve("xiaomi").resolve("state"), "x");
    }

    @AfterEach
    void cleanUp() {
        for (ElasticSession s : List.of(real, demo)) {
            TestElasticsearch.cleanUp(s.connection());
            s.close();
        }
    }

    @Test
    void deletesTheDemosFolderIndicesAndTemplates() throws IOException {
        String prefix = demo.layout().prefix();
        PrefixRemoval.Removed removed = new DemoReset(demo.connection(), prefix).run(dir.resolve("demo"));

        assertThat(removed.indices()).contains(prefix + "-apps", prefix + "-findings", prefix + "-crawl-runs",
                prefix + "-listings-2026.09");
        assertThat(removed.templates()).contains(prefix + "-listings", prefix + "-listing-fields");
        assertThat(dir.resolve("demo")).doesNotExist();
        assertThat(names(demo.connection(), "/_resolve/index/" + prefix + "-*", "indices")).isEmpty();
        assertThat(names(demo.connection(), "/_index_template/" + prefix + "-*", "index_templates")).isEmpty();
        assertThat(names(demo.connection(), "/_component_template/" + prefix + "-*", "component_templates"))
                .isEmpty();
    }

    @Test
    void leavesTheRealAuditsIndicesAndTemplatesAlone() throws IOException {
        String prefix = real.layout().prefix();
        List<String> indicesBefore = names(real.connection(), "/_resolve/index/" + prefix + "-*", "indices");
        indicesBefore.removeIf(n -> n.startsWith(prefix + "-demo-"));

        new DemoReset(demo.connection(), demo.layout().prefix()).run(dir.resolve("demo"));

        assertThat(names(real.connection(), "/_resolve/index/" + prefix + "-*", "indices"))
                .containsExactlyInAnyOrderElementsOf(indicesBefore).contains(prefix + "-listings-2026.09");
        assertThat(names(real.connection(), "/_index_template/" + prefix + "-*", "index_templates"))
                .contains(prefix + "-listings", prefix + "-findings");
    }

    @Test
    void refusesAPrefixThatIsNotTheDemos() {
        assertThatThrownBy(() -> new DemoReset(real.connection(), real.layout().prefix()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a demo prefix");
    }

    private static List<String> names(ElasticConnection es, String path, String key) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            JsonNode n = es.mapper().readTree(es.rest().performRequest(new Request("GET", path)).getEntity()
                    .getContent());
            n.path(key).forEach(i -> out.add(i.path("name").asText()));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
        return out;
    }
}
