package io.appaudit.indexer.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outcomes and statuses are enums in code and the same strings as before in the index. */
class IndexValuesTest {

    private final ObjectMapper mapper = DocumentMapper.create();
    private final Instant at = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void aFindingStatusIsWrittenAsItsIndexValueAndReadBack() throws Exception {
        FindingDocument f = new FindingDocument(at, "id", "oppo", "com.example", "1", null, null, "R1", "R", "high",
                false, "2026Q4", FindingStatus.PERSISTING, at, at, "R1", Map.of(), null, null, null, "s");
        JsonNode json = mapper.valueToTree(f);
        assertThat(json.path("status").asText()).isEqualTo("persisting");
        assertThat(mapper.treeToValue(json, FindingDocument.class).status()).isEqualTo(FindingStatus.PERSISTING);
    }

    @Test
    void aCrawlRunOutcomeIsWrittenAsItsIndexValueAndReadBack() throws Exception {
        CrawlRunDocument r = CrawlRunDocument.failedBeforeCounting("run-1", "oppo", "cli", at, at, "no config", "n");
        JsonNode json = mapper.valueToTree(r);
        assertThat(json.path("outcome").asText()).isEqualTo("failed");
        assertThat(mapper.treeToValue(json, CrawlRunDocument.class).outcome()).isEqualTo(CrawlRunOutcome.FAILED);
    }

    @Test
    void everyListingOutcomeReadsBackFromItsIndexValue() {
        for (ListingOutcome o : ListingOutcome.values()) {
            assertThat(ListingOutcome.of(o.value())).isEqualTo(o);
        }
        assertThat(ListingOutcome.LISTED.value()).isEqualTo("listed");
        assertThat(ListingOutcome.NOT_LISTED).hasToString("not_listed");
    }

    @Test
    void anUnknownIndexValueIsRefusedByName() {
        assertThatThrownBy(() -> ListingOutcome.of("LISTED")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'LISTED'").hasMessageContaining("listed, not_listed, parse_problem");
        assertThatThrownBy(() -> FindingStatus.of("open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown finding status 'open'");
        assertThatThrownBy(() -> CrawlRunOutcome.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown crawl-run outcome 'null'");
    }
}
