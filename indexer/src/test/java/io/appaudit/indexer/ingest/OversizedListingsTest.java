package io.appaudit.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listings whose every field is oversized, sent through the sink to the real node: every one is indexed. */
class OversizedListingsTest {

    private static final Instant RUN = Instant.parse("2026-11-20T02:00:00Z");
    private ElasticConnection es;
    private IndexLayout layout;

    @BeforeEach
    void connect() {
        es = ElasticConnection.open(TestElasticsearch.config("oversized"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /** A hostile store's listing: each field far over what any mapping or Lucene term takes. */
    private static Listing hostile(int i, StoreId store) {
        String url = "https://evil.example.com/" + "p".repeat(100_000);
        String pkg = "com.evil.app" + i + ".x".repeat(600);
        Listing.Builder b = Listing.builder(store, "id" + i + "9".repeat(40_000), pkg)
                .name("恶意应用".repeat(10_000))
                .developer("开发者" + "很长的公司名称".repeat(2_000) + "有限公司")
                .operator("运营者".repeat(12_000))
                .versionName("1.".repeat(20_000))
                .versionCode(1L)
                .category("工具".repeat(10_000))
                .shortDescription("短".repeat(30_000))
                .description("描述".repeat(900_000))
                .privacyPolicyUrl(url)
                .website(url)
                .permissions(IntStream.range(0, 100_000).mapToObj(p -> "android.permission.P" + p).toList())
                .filingNumber("粤ICP备".repeat(10_000))
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "下载".repeat(20_000), url)
                .sourceUrl(url)
                .fetchedAt(RUN.plusSeconds(i))
                .evidence(new EvidenceRef("appaudit-00001.warc.gz", "<urn:uuid:" + i + ">", "0".repeat(64)));
        for (int r = 0; r < 10_000; r++) {
            b.addRelated(AppRef.of(store, "related-" + r + "-" + "r".repeat(40)));
        }
        b.extra("k".repeat(50_000), "v".repeat(50_000));
        return b.build();
    }

    private JsonNode search(String index) throws IOException {
        es.rest().performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request r = new Request("GET", "/" + index + "/_search");
        r.setJsonEntity("{\"size\": 100, \"query\": {\"match_all\": {}}}");
        return es.mapper().readTree(es.rest().performRequest(r).getEntity().getContent()).path("hits");
    }

    @Test
    void everyListingWhoseEveryFieldIsOversizedIsIndexedWithItsTruncationRecorded() throws IOException {
        List<StoreId> stores = List.of(StoreId.values());
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, RUN)) {
            for (int i = 0; i < stores.size(); i++) {
                Listing l = hostile(i, stores.get(i));
                assertThat(l.developer().orElseThrow().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(40_000);
                assertThat(l.description().orElseThrow().getBytes(StandardCharsets.UTF_8).length)
                        .isGreaterThan(5_000_000);
                sink.accept(ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", l.fetchedAt(),
                        Optional.empty(), false));
            }
            sink.flush();
            assertThat(sink.failures()).isEmpty();
            assertThat(sink.stats().indexed()).isEqualTo(2L * stores.size());
        }
        JsonNode snapshots = search(layout.listingsIndex(RUN));
        assertThat(snapshots.path("total").path("value").asInt()).isEqualTo(stores.size());
        for (JsonNode hit : snapshots.path("hits")) {
            JsonNode s = hit.path("_source");
            List<String> cut = new ArrayList<>();
            s.path(FieldBounds.TRUNCATED_FIELDS).forEach(n -> cut.add(n.asText()));
            assertThat(cut).contains("developer: 42021 bytes", "description: 5400000 bytes",
                    "permissions: 100000 items", "related: 10000 items", "website: 100025 bytes",
                    "privacy_policy_url: 100025 bytes", "source_url: 100025 bytes",
                    "download_controls.url: 100025 bytes", "download_controls.label: 120000 bytes",
                    "name: 120000 bytes", "operator: 108000 bytes", "short_description: 90000 bytes",
                    "filing_number: 90000 bytes", "version_name: 40000 bytes", "category: 60000 bytes");
            assertThat(cut).anyMatch(c -> c.startsWith("developer_core: "))
                    .anyMatch(c -> c.startsWith("store_app_id: "))
                    .anyMatch(c -> c.equals("extras." + "k".repeat(64) + "… (name): 50000 bytes"))
                    .anyMatch(c -> c.equals("extras." + "k".repeat(64) + "…: 50000 bytes"))
                    .allMatch(c -> c.length() < 200);
            assertThat(s.path("developer_core").asText().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(FieldBounds.LISTINGS.stringBytes());
            assertThat(s.path("description").asText().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(FieldBounds.LISTINGS.textBytes()).isGreaterThan(60_000);
            assertThat(s.path("permissions")).hasSize(FieldBounds.LISTINGS.items());
            assertThat(s.path("related")).hasSize(FieldBounds.LISTINGS.items());
            // the count stays the store's own, and the first items are kept
            assertThat(s.path("permission_count").asInt()).isEqualTo(100_000);
            assertThat(s.path("permissions").get(0).asText()).isEqualTo("android.permission.P0");
            // a document read back is still a listing document
            ListingDocument back = es.mapper().treeToValue(s, ListingDocument.class);
            assertThat(back.outcome()).isEqualTo(ListingOutcome.LISTED);
        }
        JsonNode apps = search(layout.appsIndex());
        assertThat(apps.path("total").path("value").asInt()).isEqualTo(stores.size());
        apps.path("hits").forEach(h -> {
            assertThat(h.path("_source").path(FieldBounds.TRUNCATED_FIELDS))
                    .anyMatch(n -> n.asText().equals("description: 5400000 bytes"));
            // a package name too long for an id gives the app a digest id, and keeps the name in the document
            assertThat(h.path("_id").asText()).hasSizeLessThan(100);
            assertThat(h.path("_source").path("package").asText()).hasSizeGreaterThan(1_000);
        });
        // the keyword a check groups by is searchable as cut
        Request term = new Request("GET", "/" + layout.listingsIndex(RUN) + "/_count");
        term.setEntity(new NStringEntity("{\"query\": {\"prefix\": {\"developer_core\": \"开发者很长\"}}}",
                ContentType.APPLICATION_JSON));
        assertThat(es.mapper().readTree(es.rest().performRequest(term).getEntity().getContent())
                .path("count").asInt()).isEqualTo(stores.size());
    }

    @Test
    void anAppWhoseDocumentsStillFailAfterRetriesIsNamedByStoreAndPackage() throws IOException {
        // an index whose mapping cannot take a developer name: Elasticsearch refuses the snapshot for good (400)
        Request create = new Request("PUT", "/" + layout.listingsIndex(RUN));
        create.setJsonEntity("{\"mappings\": {\"properties\": {\"developer\": {\"type\": \"long\"}}}}");
        es.rest().performRequest(create);
        try (ElasticListingSink sink = new ElasticListingSink(es, layout, RUN)) {
            for (int i = 0; i < 3; i++) {
                Listing l = Listings.synthetic(i, RUN.plusSeconds(i));
                sink.accept(ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", l.fetchedAt(),
                        Optional.empty(), false));
            }
            sink.flush();
            assertThat(sink.stats().failed()).isEqualTo(3);
            assertThat(sink.failures()).allSatisfy(f -> assertThat(f.status()).isEqualTo(400));
            assertThat(sink.failedApps()).containsExactlyInAnyOrder(
                    "tencent com.example.app0", "xiaomi com.example.app0", "oppo com.example.app0");
        }
    }
}
