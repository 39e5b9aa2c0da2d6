package io.appaudit.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndexLayoutTest {

    private static ElasticConnection es;
    private static IndexLayout layout;

    @BeforeAll
    static void connect() {
        es = ElasticConnection.open(TestElasticsearch.config("layout"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private JsonNode get(String path) throws IOException {
        return es.mapper().readTree(es.rest().performRequest(new Request("GET", path)).getEntity().getContent());
    }

    @Test
    void monthlyListingIndexTakesTheDesignedMappingFromTheTemplates() throws IOException {
        String index = layout.listingsIndex(Instant.parse("2026-11-03T10:00:00Z"));
        es.rest().performRequest(new Request("PUT", "/" + index));
        JsonNode props = get("/" + index + "/_mapping").path(index).path("mappings").path("properties");
        assertThat(props.path("@timestamp").path("type").asText()).isEqualTo("date");
        assertThat(props.path("store").path("type").asText()).isEqualTo("keyword");
        assertThat(props.path("package").path("type").asText()).isEqualTo("keyword");
        assertThat(props.path("name").path("type").asText()).isEqualTo("text");
        assertThat(props.path("name").path("fields").path("keyword").path("type").asText()).isEqualTo("keyword");
        assertThat(props.path("developer").path("fields").path("keyword").path("type").asText()).isEqualTo("keyword");
        assertThat(props.path("updated_at").path("type").asText()).isEqualTo("date");
        assertThat(props.path("version_code").path("type").asText()).isEqualTo("long");
        assertThat(props.path("target_sdk").path("type").asText()).isEqualTo("integer");
        assertThat(props.path("checks_failed").path("type").asText()).isEqualTo("keyword");
        assertThat(index).isEqualTo(layout.prefix() + "-listings-2026.11");
    }

    @Test
    void appsFindingsAndCrawlRunIndicesExistAfterInstall() throws IOException {
        JsonNode apps = get("/" + layout.appsIndex() + "/_mapping").path(layout.appsIndex()).path("mappings");
        assertThat(apps.path("properties").path("first_seen").path("type").asText()).isEqualTo("date");
        assertThat(apps.path("properties").path("package").path("type").asText()).isEqualTo("keyword");
        JsonNode findings = get("/" + layout.findingsIndex() + "/_mapping").path(layout.findingsIndex()).path("mappings");
        assertThat(findings.path("properties").path("check_id").path("type").asText()).isEqualTo("keyword");
        JsonNode runs = get("/" + layout.crawlRunsIndex() + "/_mapping").path(layout.crawlRunsIndex()).path("mappings");
        assertThat(runs.path("properties").path("listings").path("type").asText()).isEqualTo("long");
    }

    @Test
    void installAddsTheFieldsAnOlderIndexLacksEvenBehindAnAliasAndKeepsTheRestOfItsMapping() throws IOException {
        IndexLayout old = new IndexLayout(layout.prefix() + "-old");
        String concrete = old.appQuartersIndex() + "-reindexed";
        Request create = new Request("PUT", "/" + concrete);
        create.setJsonEntity("{\"aliases\":{\"" + old.appQuartersIndex() + "\":{}},\"mappings\":{\"dynamic\":\"strict\","
                + "\"properties\":{\"store\":{\"type\":\"keyword\"},\"coverage\":{\"type\":\"keyword\"}}}}");
        es.rest().performRequest(create);
        try {
            old.install(es);
            old.install(es); // the second time there is nothing to add

            JsonNode props = get("/" + concrete + "/_mapping").path(concrete).path("mappings").path("properties");
            assertThat(props.path("latest").path("properties").path("developer").path("type").asText())
                    .isEqualTo("keyword");
            assertThat(props.path("checks_failed").path("type").asText()).isEqualTo("keyword");
            assertThat(props.path("coverage").path("type").asText()).as("a field mapped otherwise is kept")
                    .isEqualTo("keyword");
            assertThat(get("/" + concrete + "/_mapping").path(concrete).path("mappings").path("dynamic").asText())
                    .isEqualTo("strict");
        } finally {
            for (String t : List.of("listings", "apps", "findings", "crawl-runs", "shown-fields", "app-quarters",
                    "check-state")) {
                es.rest().performRequest(new Request("DELETE", "/_index_template/" + old.prefix() + "-" + t));
            }
            es.rest().performRequest(new Request("DELETE", "/_component_template/" + old.prefix()
                    + "-listing-fields"));
        }
    }

    @Test
    void installingTwiceKeepsTheVersionedTemplates() throws IOException {
        layout.install(es);
        JsonNode t = get("/_index_template/" + layout.prefix() + "-listings");
        assertThat(t.path("index_templates")).hasSize(1);
        assertThat(t.path("index_templates").get(0).path("index_template").path("version").asInt()).isEqualTo(1);
    }
}
