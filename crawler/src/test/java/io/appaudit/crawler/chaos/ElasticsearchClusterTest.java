package io.appaudit.crawler.chaos;

import static io.appaudit.crawler.chaos.ElasticsearchStopsTest.freePort;
import static io.appaudit.crawler.chaos.ElasticsearchStopsTest.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.node.EmbeddedNode;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.RatesService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-node Elasticsearch cluster on loopback, made of two of the embedded distribution's nodes joined by
 * {@code discovery.seed_hosts}: the tool is given both URLs, indexes a crawl into it and computes the rates. Every
 * appaudit index keeps one replica once a second node is there ({@code auto_expand_replicas: 0-1}), so when the
 * second node is killed mid-crawl the first holds a copy of every shard: the crawl goes on against it, nothing is
 * lost or doubled, and the rates come out of the one node left.
 *
 * <p>The node killed is the data node; the first node is the cluster's only master. A cluster that must survive
 * the loss of any node needs three master-eligible nodes: that is Elasticsearch's quorum rule, not the tool's.
 */
class ElasticsearchClusterTest {

    private static final int APPS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private JsonNode get(URI node, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(90))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @Test
    void indexesAndComputesRatesOnATwoNodeClusterAndKeepsGoingWhenANodeIsKilled() throws Exception {
        String cluster = "appaudit-chaos-" + ProcessHandle.current().pid();
        Path base = TestElasticsearch.home().resolveSibling("chaos-cluster");
        Folders.deleteQuietly(base.resolve("n1").resolve("data"));
        Folders.deleteQuietly(base.resolve("n2").resolve("data"));
        int transport1 = freePort();
        int transport2 = freePort();
        String seeds = "127.0.0.1:" + transport1 + ",127.0.0.1:" + transport2;
        EmbeddedNode n1 = new EmbeddedNode(settings(base.resolve("n1"), freePort()));
        EmbeddedNode n2 = new EmbeddedNode(settings(base.resolve("n2"), freePort()));
        try {
            EmbeddedNode.Running first = n1.start(false, Map.of("cluster.name", cluster, "node.name", "n1",
                    "discovery.type", "", "discovery.seed_hosts", seeds, "cluster.initial_master_nodes", "n1",
                    "transport.port", String.valueOf(transport1)));
            EmbeddedNode.Running second = n2.start(false, Map.of("cluster.name", cluster, "node.name", "n2",
                    "discovery.type", "", "discovery.seed_hosts", seeds, "node.roles", "data,ingest",
                    "transport.port", String.valueOf(transport2)));
            JsonNode joined = get(first.url(), "/_cluster/health?wait_for_nodes=2&timeout=60s");
            assertThat(joined.path("number_of_nodes").asInt()).as("%s", joined).isEqualTo(2);

            try (ChaosStore store = new ChaosStore(APPS, 10);
                 ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-cluster")) {
                crawl.settings().put("elastic.ingest.max-operations", "5");
                CompletableFuture<StoreOutcome> run = crawl.startAgainst(
                        List.of(first.url().toString(), second.url().toString()));

                Await.until(() -> store.servedListings().size() >= APPS / 2, Duration.ofMinutes(2), "half served");
                // every shard has its copy on both nodes before one goes
                JsonNode green = get(first.url(), "/_cluster/health?wait_for_status=green&timeout=60s");
                assertThat(green.path("status").asText()).as("%s", green).isEqualTo("green");
                JsonNode shards = get(first.url(), "/_cat/shards/" + crawl.config().elastic().indexPrefix()
                        + "-*?format=json&h=index,prirep,node");
                assertThat(shards.findValuesAsText("node")).contains("n1", "n2");
                Await.kill9(second.pid());
                StoreOutcome outcome = run.get(5, TimeUnit.MINUTES);

                assertThat(outcome.outcome()).as("%s", outcome.failureReason()).isEqualTo(CrawlRunOutcome.COMPLETED);
                Set<String> served = store.servedListings();
                assertThat(served).hasSize(APPS);
                Tally tally = Tally.of(crawl.snapshots(), List.of(served));
                assertThat(tally.missing()).isEmpty();
                assertThat(tally.duplicates()).isZero();
                Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());

                var session = crawl.harness.session();
                CheckContext context = CheckContext.load(crawl.config().checks());
                QuarterRates rates = new RatesService(session.connection(), session.layout(), context)
                        .compute(Quarter.of(Instant.now()));
                QuarterRates.StoreRates xiaomi = rates.stores().stream().filter(s -> s.store().equals("xiaomi"))
                        .findFirst().orElseThrow();
                assertThat(xiaomi.audited()).isEqualTo(APPS);
                assertThat(get(first.url(), "/_cluster/health").path("number_of_nodes").asInt()).isEqualTo(1);
                ChaosTable.record(tally.row("Two-node cluster, data node killed mid-crawl",
                        "completed on the node left; rates: " + xiaomi.audited() + " audited", falseFindings.size()));
                assertThat(falseFindings).isEmpty();
            }
        } finally {
            n2.stop();
            n1.stop();
        }
    }
}
