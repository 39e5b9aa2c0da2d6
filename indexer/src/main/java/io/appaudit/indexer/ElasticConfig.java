package io.appaudit.indexer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Elasticsearch is and how to reach it. With no URLs the tool starts (or reuses) its embedded node.
 * Secrets come from the environment only and never appear in {@link #toString()}.
 *
 * @param urls          cluster URLs; empty means "use the embedded node"
 * @param apiKey        an encoded API key ({@code APPAUDIT_ES_API_KEY})
 * @param username      basic-auth user ({@code APPAUDIT_ES_USERNAME})
 * @param password      basic-auth password ({@code APPAUDIT_ES_PASSWORD})
 * @param caCertificate a PEM file of a CA to trust in addition to the system's; TLS is always verified
 * @param indexPrefix   prefix of every index and template name, so several tool instances can share a cluster
 */
public record ElasticConfig(List<URI> urls, Optional<String> apiKey, Optional<String> username,
                            Optional<String> password, Optional<Path> caCertificate, String indexPrefix,
                            Duration connectTimeout, Duration requestTimeout, EmbeddedSettings embedded,
                            IngestSettings ingest) {

    /** The URL with any user information replaced by {@code ***}, for messages. */
    public static String redacted(URI u) {
        String raw = u.toString();
        String info = u.getRawUserInfo();
        return info == null ? raw : raw.replace(info + "@", "***@");
    }

    public ElasticConfig {
        urls = List.copyOf(urls);
        for (URI u : urls) {
            if (u.getRawUserInfo() != null) {
                throw new IllegalArgumentException("elastic.urls: '" + redacted(u) + "' carries a user name or "
                        + "password: remove it from the URL and set APPAUDIT_ES_USERNAME and APPAUDIT_ES_PASSWORD "
                        + "(or APPAUDIT_ES_API_KEY) in the environment instead");
            }
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException("elastic.urls: '" + u + "' is not an http(s) URL with a host");
            }
        }
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(caCertificate, "caCertificate");
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(
                    "Set both APPAUDIT_ES_USERNAME and APPAUDIT_ES_PASSWORD, or neither");
        }
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("elastic.index-prefix '" + indexPrefix
                    + "' must be lower-case letters, digits, '-' or '_'");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(embedded, "embedded");
        Objects.requireNonNull(ingest, "ingest");
    }

    /** True when no cluster is configured and the embedded node should be used. */
    public boolean useEmbedded() {
        return urls.isEmpty();
    }

    /** The same settings pointed at the given URLs (the embedded node's, once it runs). */
    public ElasticConfig withUrls(List<URI> newUrls) {
        return new ElasticConfig(newUrls, apiKey, username, password, caCertificate, indexPrefix, connectTimeout,
                requestTimeout, embedded, ingest);
    }

    /** The same settings with another index prefix (tests use one per class on a shared node). */
    public ElasticConfig withIndexPrefix(String prefix) {
        return new ElasticConfig(urls, apiKey, username, password, caCertificate, prefix, connectTimeout,
                requestTimeout, embedded, ingest);
    }

    @Override
    public String toString() {
        return "ElasticConfig[urls=" + urls + ", auth=" + (apiKey.isPresent() ? "api-key"
                : username.map(u -> "basic(" + u + ")").orElse("none")) + ", indexPrefix=" + indexPrefix + "]";
    }

    /**
     * The embedded node: the Elasticsearch distribution from Maven Central, unpacked under the data folder.
     *
     * @param home       the folder holding the distribution, the node's data and logs
     * @param port       HTTP port; 0 picks a free one
     * @param heap       the node's heap, as a JVM size ({@code 512m})
     * @param repository the Maven repository to download the distribution from when it is not in ~/.m2
     * @param runAsUser  the unprivileged account the node runs as when the tool runs as root
     */
    public record EmbeddedSettings(Path home, String version, int port, String heap, URI repository,
                                   String runAsUser, Duration startTimeout) {
        public EmbeddedSettings {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(version, "version");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("elastic.embedded.port: " + port
                        + " is outside 0 to 65535 (0 = any free port)");
            }
            if (!heap.matches("\\d+[mMgG]")) {
                throw new IllegalArgumentException("elastic.embedded.heap '" + heap + "' must look like 512m or 2g");
            }
            Objects.requireNonNull(repository, "repository");
            if (!runAsUser.matches("[a-z_][a-z0-9_-]*")) {
                throw new IllegalArgumentException("elastic.embedded.run-as-user '" + runAsUser + "' is not a user name");
            }
            Objects.requireNonNull(startTimeout, "startTimeout");
        }
    }

    /**
     * How listings are sent: the bulk ingester's flush thresholds and back-pressure, the retry budget of a failed
     * item, and how long adding documents waits for an Elasticsearch that does not answer (maxOutage).
     */
    public record IngestSettings(int maxOperations, long maxBytes, Duration flushInterval, int maxConcurrentRequests,
                                 int maxRetries, Duration retryBackoff, Duration maxOutage) {
        public IngestSettings {
            if (maxOperations < 1) {
                throw new IllegalArgumentException("elastic.ingest.max-operations: " + maxOperations + " is below 1");
            }
            if (maxBytes < 1024) {
                throw new IllegalArgumentException("elastic.ingest.max-bytes: " + maxBytes + "b is below 1kb");
            }
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("elastic.ingest.max-concurrent-requests: " + maxConcurrentRequests
                        + " is below 1");
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("elastic.ingest.max-retries: " + maxRetries + " is below 0");
            }
            Objects.requireNonNull(flushInterval, "flushInterval");
            Objects.requireNonNull(retryBackoff, "retryBackoff");
            Objects.requireNonNull(maxOutage, "maxOutage");
        }
    }
}
