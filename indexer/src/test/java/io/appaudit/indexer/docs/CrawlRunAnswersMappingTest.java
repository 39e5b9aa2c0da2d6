package io.appaudit.indexer.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answers a crawl-run document carries are fields the crawl-runs template maps (it is not dynamic). */
class CrawlRunAnswersMappingTest {

    private static final List<String> CLASSES = List.of("ok_2xx", "redirect_3xx", "gone_404_410", "too_many_429",
            "other_4xx", "server_5xx", "transport_failure", "parse_problem");

    @Test
    void everyAnswerFieldOfACrawlRunDocumentIsMappedAsALong() throws IOException {
        Map<String, Long> all = new java.util.LinkedHashMap<>();
        CLASSES.forEach(c -> all.put(c, 1L));
        Instant at = Instant.parse("2026-12-07T00:00:00Z");
        CrawlRunDocument doc = new CrawlRunDocument(at, "run-1", "oppo", "cli", at, at, 0L, CrawlRunOutcome.COMPLETED,
                null, true, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, "node", false, "detail endpoint answers 404/410",
                null, null, null,
                Map.of("list", all, "detail", all, "supplement", all, "probe", all), 0L, 40L);
        ObjectMapper m = DocumentMapper.create();
        JsonNode written = m.valueToTree(doc);
        JsonNode mapping = m.readTree(IndexLayout.templateJson("crawl-runs", "t")).path("template").path("mappings")
                .path("properties");
        List<String> unmapped = new ArrayList<>();
        written.path(CrawlRunDocument.ANSWERS).fields().forEachRemaining(e -> e.getValue().fieldNames()
                .forEachRemaining(c -> {
                    String type = mapping.path(CrawlRunDocument.ANSWERS).path("properties").path(e.getKey())
                            .path("properties").path(c).path("type").asText();
                    if (!type.equals("long")) {
                        unmapped.add(e.getKey() + "." + c);
                    }
                }));
        assertThat(written.path(CrawlRunDocument.ANSWERS).size()).isEqualTo(4);
        assertThat(unmapped).isEmpty();
        assertThat(mapping.path("not_listed_withheld").path("type").asText()).isEqualTo("long");
        assertThat(written.path("not_listed_withheld").asLong()).isEqualTo(40);
    }
}
