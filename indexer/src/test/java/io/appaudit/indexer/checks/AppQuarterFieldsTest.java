package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.checks.run.AppQuarterDocument;
import io.appaudit.indexer.checks.run.AppQuarterFields;
import io.appaudit.indexer.layout.IndexLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app-quarter field names the code and Kibana use are exactly those the index template maps. */
class AppQuarterFieldsTest {

    private final ObjectMapper mapper = DocumentMapper.create();

    @Test
    void everyConstantIsMappedAndEveryMappedFieldHasAConstant() throws Exception {
        JsonNode properties = mapper.readTree(IndexLayout.templateJson("app-quarters", "appaudit"))
                .path("template").path("mappings").path("properties");
        List<String> mapped = new ArrayList<>();
        properties.fieldNames().forEachRemaining(mapped::add);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(AppQuarterFields.ALL);
        List<String> latest = new ArrayList<>();
        properties.path(AppQuarterFields.LATEST).path("properties").fieldNames()
                .forEachRemaining(f -> latest.add(AppQuarterFields.LATEST + "." + f));
        assertThat(latest).containsExactlyInAnyOrderElementsOf(AppQuarterFields.LATEST_FIELDS);
    }

    @Test
    void theDocumentWritesOnlyMappedFieldsUnderTheirConstantNames() throws Exception {
        AppQuarterDocument d = new AppQuarterDocument(Instant.parse("2026-11-02T00:00:00Z"), "tencent", "com.x",
                "2026Q4", true, 2, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"), 40,
                List.of("R2"), List.of("R1"), List.of("D2"), List.of("D1"), List.of("R1", "R2", "D1"), List.of("R2"),
                List.of(), List.of("Z1"), List.of("R"), true, 1, 0.166667, new AppQuarter.Latest("s-1", "地图",
                "某某科技有限公司", "2.1.0", 210L, Instant.parse("2026-10-30T00:00:00Z"), "tools", 12_000L));
        JsonNode json = mapper.valueToTree(d);
        List<String> written = new ArrayList<>();
        json.fieldNames().forEachRemaining(written::add);
        assertThat(AppQuarterFields.ALL).containsAll(written);
        assertThat(written).containsAll(AppQuarterFields.ALL);
        assertThat(json.path(AppQuarterFields.CHECKS_FAILED).get(0).asText()).isEqualTo("R2");
        assertThat(json.path(AppQuarterFields.PACKAGE).asText()).isEqualTo("com.x");
        List<String> latest = new ArrayList<>();
        json.path(AppQuarterFields.LATEST).fieldNames()
                .forEachRemaining(f -> latest.add(AppQuarterFields.LATEST + "." + f));
        assertThat(latest).containsExactlyInAnyOrderElementsOf(AppQuarterFields.LATEST_FIELDS);
        assertThat(json.path(AppQuarterFields.LATEST).path("updated_at").asText()).isEqualTo("2026-10-30T00:00:00Z");
    }
}
