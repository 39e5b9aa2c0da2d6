package io.appaudit.indexer.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.TestElasticsearch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starts its own node in its own folder: the shared test node is not touched. */
class EmbeddedNodeTest {

    private static EmbeddedSettings settings(Path home, int port) {
        EmbeddedSettings shared = TestElasticsearch.embeddedSettings();
        return new EmbeddedSettings(home, shared.version(), port, "256m", shared.repository(), shared.runAsUser(),
                Duration.ofMinutes(3));
    }

    private static Path home(String name) {
        return TestElasticsearch.home().resolveSibling("node-test-" + name);
    }

    @Test
    void startsIsReusedAnswersAsAnExternalClusterAndStops() {
        EmbeddedNode node = new EmbeddedNode(settings(home("lifecycle"), 0));
        EmbeddedNode.Running started = node.start(false);
        try {
            assertThat(started.startedHere()).isTrue();
            assertThat(node.health(started.url())).hasValueSatisfying(s -> assertThat(s).isIn("green", "yellow"));

            EmbeddedNode.Running again = new EmbeddedNode(settings(home("lifecycle"), 0)).start(false);
            assertThat(again.startedHere()).isFalse();
            assertThat(again.url()).isEqualTo(started.url());
            assertThat(again.pid()).isEqualTo(started.pid());

            var external = TestElasticsearch.config("external").withUrls(List.of(started.url()));
            try (ElasticConnection es = ElasticConnection.open(external)) {
                assertThat(es.firstUrl()).isEqualTo(started.url());
            }
        } finally {
            assertThat(node.stop()).isTrue();
        }
        assertThat(node.running()).isEmpty();
        assertThat(ProcessHandle.of(started.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void refusesATakenPortNamingTheSetting() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmbeddedNode node = new EmbeddedNode(settings(home("port"), taken.getLocalPort()));
            assertThatThrownBy(() -> node.start(false))
                    .isInstanceOf(ElasticException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("elastic.embedded.port");
        }
    }

    @Test
    void reportsNothingRunningForAFreshFolder() {
        EmbeddedNode node = new EmbeddedNode(settings(home("fresh"), 0));
        assertThat(node.running()).isEmpty();
        assertThat(node.stop()).isFalse();
        assertThat(node.health(URI.create("http://127.0.0.1:1"))).isEmpty();
    }
}
