package io.appaudit.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElasticConnectionTest {

    @Test
    void namesTheCredentialVariablesWhenTheClusterAnswers401() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = "{\"error\":\"unauthorized\"}".getBytes();
            ex.sendResponseHeaders(401, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            ElasticConfig c = new ElasticConfig(List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                    Optional.of("secret-key"), Optional.empty(), Optional.empty(), Optional.empty(), "appaudit",
                    java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5),
                    TestElasticsearch.embeddedSettings(), ShippedDefaults.ingest());
            assertThatThrownBy(() -> ElasticConnection.open(c))
                    .isInstanceOf(ElasticException.class)
                    .hasMessageContaining("401")
                    .hasMessageContaining("APPAUDIT_ES_API_KEY")
                    .hasMessageNotContaining("secret-key");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysTheClusterIsUnreachableWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ElasticConfig c = new ElasticConfig(List.of(URI.create("http://127.0.0.1:" + port)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "appaudit", java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(5), TestElasticsearch.embeddedSettings(),
                ShippedDefaults.ingest());
        assertThatThrownBy(() -> ElasticConnection.open(c))
                .isInstanceOf(ElasticException.class)
                .hasMessageContaining("Cannot reach Elasticsearch at [http://127.0.0.1:" + port + "]")
                .hasMessageContaining("elastic.urls");
    }

    @Test
    void readsTheClusterStatusOfTheNodeItIsConnectedTo() throws IOException {
        try (ElasticConnection es = ElasticConnection.open(TestElasticsearch.config("status"))) {
            assertThat(es.clusterStatus()).isIn("green", "yellow");
        }
    }

    @Test
    void hidesSecretsWhenPrinted() {
        ElasticConfig c = new ElasticConfig(List.of(URI.create("https://es.example:9243")), Optional.empty(),
                Optional.of("auditor"), Optional.of("hunter2"), Optional.empty(), "appaudit",
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5), TestElasticsearch.embeddedSettings(),
                ShippedDefaults.ingest());
        org.assertj.core.api.Assertions.assertThat(c.toString()).contains("basic(auditor)").doesNotContain("hunter2");
    }
}
