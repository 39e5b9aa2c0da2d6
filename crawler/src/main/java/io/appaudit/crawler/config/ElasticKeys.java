package io.appaudit.crawler.config;

import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.ElasticConfig.IngestSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** The {@code elastic.*} keys read into the indexer's {@link ElasticConfig}, which knows nothing of {@link Settings}. */
public final class ElasticKeys {

    private ElasticKeys() {
    }

    /**
     * Reads the keys under {@code prefix} ({@code elastic} in the shipped configuration).
     *
     * @param env     the environment, the only source of Elasticsearch credentials
     * @param dataDir the data folder, under which the embedded node lives
     */
    public static ElasticConfig from(Settings s, String prefix, Map<String, String> env, Path dataDir) {
        String p = prefix + ".";
        return new ElasticConfig(s.list(p + "urls").stream().map(URI::create).toList(),
                AppauditConfig.secret(env, AppauditConfig.ES_API_KEY),
                AppauditConfig.secret(env, AppauditConfig.ES_USERNAME),
                AppauditConfig.secret(env, AppauditConfig.ES_PASSWORD),
                s.optional(p + "ca-certificate").map(AppauditConfig::expandHome), s.string(p + "index-prefix"),
                s.duration(p + "connect-timeout"), s.duration(p + "request-timeout"),
                embedded(s, p + "embedded.", dataDir), ingest(s, p + "ingest."));
    }

    private static EmbeddedSettings embedded(Settings s, String p, Path dataDir) {
        return new EmbeddedSettings(dataDir.resolve("elasticsearch"), s.string(p + "version"), s.integer(p + "port"),
                s.string(p + "heap"), s.uri(p + "repository"), s.string(p + "run-as-user"),
                s.duration(p + "start-timeout"));
    }

    private static IngestSettings ingest(Settings s, String p) {
        return new IngestSettings(s.integer(p + "max-operations"), s.bytes(p + "max-bytes"),
                s.duration(p + "flush-interval"), s.integer(p + "max-concurrent-requests"), s.integer(p + "max-retries"),
                s.duration(p + "retry-backoff"), s.duration(p + "max-outage"));
    }
}
