package io.appaudit.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.elasticsearch.client.Request;

/** A crawl against a local site into the build's test Elasticsearch node, under an index prefix of its own. */
public final class CrawlHarness implements AutoCloseable {

    public final Path dataDir;
    public final Map<String, Object> settings;
    public final ElasticConfig elastic;
    private ElasticSession session;

    public CrawlHarness(Path dataDir, String replayBase, String testName) {
        this.dataDir = dataDir;
        this.elastic = TestElasticsearch.config(testName);
        this.settings = new LinkedHashMap<>(TestConfigs.local(replayBase));
        settings.put("elastic.urls", List.of(elastic.urls().get(0).toString()));
        settings.put("elastic.index-prefix", elastic.indexPrefix());
        settings.put("elastic.ingest.flush-interval", "200ms");
    }

    public AppauditConfig config() {
        return TestConfigs.config(dataDir, settings);
    }

    public ElasticSession session() {
        if (session == null) {
            session = ElasticSession.open(config().elastic());
        }
        return session;
    }

    public List<StoreOutcome> crawl(CrawlOptions options) {
        return new Crawler(config(), session(), UnaryOperator.identity()).run(options, java.util.Optional.empty());
    }

    public static CrawlOptions options(StoreId store, boolean probes) {
        return new CrawlOptions(List.of(store), OptionalInt.empty(), CrawlOptions.Mode.RESUME, probes, "test");
    }

    /** The documents of an index pattern, after a refresh. */
    public List<JsonNode> documents(String pattern) throws IOException {
        var es = session().connection();
        es.rest().performRequest(new Request("POST", "/" + pattern + "/_refresh"));
        Request search = new Request("GET", "/" + pattern + "/_search");
        search.addParameter("size", "10000");
        search.addParameter("ignore_unavailable", "true");
        JsonNode r = es.mapper().readTree(es.rest().performRequest(search).getEntity().getContent());
        List<JsonNode> out = new ArrayList<>();
        r.path("hits").path("hits").forEach(h -> out.add(h.path("_source")));
        return out;
    }

    public List<JsonNode> snapshots() throws IOException {
        return documents(session().layout().listingsPattern());
    }

    @Override
    public void close() {
        if (session != null) {
            TestElasticsearch.cleanUp(session.connection());
            session.close();
        }
    }
}
