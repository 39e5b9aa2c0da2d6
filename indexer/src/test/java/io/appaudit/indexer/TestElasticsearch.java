package io.appaudit.indexer;

import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.ElasticConfig.IngestSettings;
import io.appaudit.indexer.node.EmbeddedNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.elasticsearch.client.Request;

/**
 * The one real Elasticsearch node the whole build's tests share. CI starts it with {@code ./appaudit es start} and
 * passes its URL as {@code -Dappaudit.test.es.url}; without that, the first test that needs it starts the embedded
 * node (the project's own launcher) in {@code .appaudit-test/} and later test JVMs of the build reuse it; the
 * crawler module's {@code verify} phase stops it. Each test class gets its own index prefix.
 */
public final class TestElasticsearch {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static volatile URI url;

    private TestElasticsearch() {
    }

    /** The URL of the shared node, starting it on first use. */
    public static synchronized URI url() {
        if (url == null) {
            String given = System.getProperty("appaudit.test.es.url", "");
            if (!given.isBlank()) {
                url = URI.create(given.trim());
            } else {
                url = new EmbeddedNode(embeddedSettings()).start(true).url();
            }
        }
        return url;
    }

    /** The settings of the build's embedded test node. */
    public static EmbeddedSettings embeddedSettings() {
        return new EmbeddedSettings(home(), "8.19.21", 0, "512m", URI.create("https://repo1.maven.org/maven2"),
                "appaudit-es", Duration.ofMinutes(3));
    }

    /** The folder of the build's test node. */
    public static Path home() {
        String h = System.getProperty("appaudit.test.es.home", "");
        return h.isBlank() ? Path.of(".appaudit-test", "elasticsearch").toAbsolutePath() : Path.of(h);
    }

    /** A configuration pointing at the shared node with an index prefix of the calling test's own. */
    public static ElasticConfig config(String testName) {
        String prefix = ("t-" + testName + "-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return new ElasticConfig(List.of(url()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), prefix, Duration.ofSeconds(5), Duration.ofSeconds(60), embeddedSettings(),
                ShippedDefaults.ingest());
    }

    private static Request ignoring404(String method, String path) {
        Request r = new Request(method, path);
        r.addParameter("ignore", "404");
        return r;
    }

    /** Deletes every index and template of a test's prefix. */
    public static void cleanUp(ElasticConnection es) {
        String p = es.config().indexPrefix();
        try {
            es.rest().performRequest(ignoring404("DELETE", "/" + p + "-*"));
            for (String t : List.of("listings", "apps", "findings", "crawl-runs", "shown-fields", "app-quarters",
                    "check-state")) {
                es.rest().performRequest(ignoring404("DELETE", "/_index_template/" + p + "-" + t));
            }
            es.rest().performRequest(ignoring404("DELETE", "/_component_template/" + p + "-listing-fields"));
        } catch (java.io.IOException e) {
            // best effort: a leftover index of a finished test harms nobody
        }
    }
}
