package io.appaudit.indexer.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped Kibana saved objects (kibana/appaudit.ndjson) against the index templates they are meant for. */
class KibanaSavedObjectsTest {

    private static final Path FILE = Path.of("..", "kibana", "appaudit.ndjson");
    private static final String PREFIX = "appaudit";

    private static String text;
    private static SavedObjectsFile file;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(FILE);
        file = SavedObjectsFile.parse(text);
    }

    private static List<FieldUse> uses(SavedObjectsFile f) {
        SavedObjectFields fields = new SavedObjectFields(f.objects());
        return f.objects().stream().flatMap(o -> fields.of(o).uses().stream()).toList();
    }

    private static FieldCheck check(SavedObjectsFile f, String prefix) {
        return new FieldCheck(IndexFields.byIndexPattern(prefix), f.ofType("index-pattern"));
    }

    @Test
    void everyLineIsOneSavedObject() {
        assertThat(file.problems()).isEmpty();
        assertThat(text.lines().count()).isEqualTo(file.objects().size());
    }

    @Test
    void everyObjectNamesTheMigrationVersionsOfTheShapeItIsWrittenIn() {
        // Kibana migrates an imported object onwards from these versions; Lens state keyed "formBased" is 8.6 or later.
        assertThat(file.objects()).allSatisfy(o -> {
            assertThat(o.path("coreMigrationVersion").asText()).matches("8\\.\\d+\\.\\d+");
            assertThat(o.path("typeMigrationVersion").asText()).matches("\\d+\\.\\d+\\.\\d+");
        });
        assertThat(file.ofType("lens")).allSatisfy(o -> {
            String[] v = o.path("typeMigrationVersion").asText().split("\\.");
            assertThat(Integer.parseInt(v[0]) * 100 + Integer.parseInt(v[1])).isGreaterThanOrEqualTo(806);
        });
    }

    @Test
    void idsAreUnique() {
        List<String> ids = file.objects().stream().map(o -> o.path("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyReferencePointsToAnObjectOfItsTypeInTheFile() {
        Set<String> present = file.objects().stream()
                .map(o -> o.path("type").asText() + "/" + o.path("id").asText()).collect(Collectors.toSet());
        List<String> dangling = new ArrayList<>();
        for (JsonNode o : file.objects()) {
            for (JsonNode ref : o.path("references")) {
                String target = ref.path("type").asText() + "/" + ref.path("id").asText();
                if (!present.contains(target)) {
                    dangling.add(o.path("id").asText() + " -> " + target + " (" + ref.path("name").asText() + ")");
                }
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void shipsADataViewForEachIndexWithItsTimeField() {
        Map<String, String> timeFields = new LinkedHashMap<>();
        file.ofType("index-pattern").forEach(d -> timeFields.put(d.path("attributes").path("title").asText(),
                d.path("attributes").path("timeFieldName").asText()));
        assertThat(timeFields).containsExactlyInAnyOrderEntriesOf(Map.of(
                "appaudit-listings-*", "@timestamp",
                "appaudit-apps", "last_seen",
                "appaudit-findings", "@timestamp",
                "appaudit-crawl-runs", "started_at",
                "appaudit-app-quarters", "@timestamp"));
    }

    @Test
    void everyDataViewSearchesTheIndicesOfOneTemplate() {
        Set<String> patterns = IndexFields.byIndexPattern(PREFIX).keySet();
        assertThat(file.ofType("index-pattern")).allSatisfy(d ->
                assertThat(patterns).contains(d.path("attributes").path("title").asText()));
    }

    @Test
    void theFieldCheckReadsEveryObject() {
        SavedObjectFields fields = new SavedObjectFields(file.objects());
        assertThat(file.objects().stream().flatMap(o -> fields.of(o).problems().stream())).isEmpty();
    }

    @Test
    void everyFieldTheObjectsUseIsMappedInTheIndexTheyTarget() {
        List<FieldUse> uses = uses(file);
        assertThat(uses).hasSizeGreaterThan(50);
        assertThat(check(file, PREFIX).missing(uses)).isEmpty();
    }

    @Test
    void everyAggregatedOrSortedFieldHasATypeItsOperationAccepts() {
        assertThat(check(file, PREFIX).unsuitable(uses(file))).isEmpty();
    }

    @Test
    void everyDashboardPanelNamesItsLibraryObjectTheWayKibanaExportsIt() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (JsonNode dashboard : file.ofType("dashboard")) {
            Map<String, String> refTypes = new LinkedHashMap<>();
            dashboard.path("references").forEach(r -> refTypes.put(r.path("name").asText(), r.path("type").asText()));
            for (JsonNode panel : json.readTree(dashboard.path("attributes").path("panelsJSON").asText())) {
                String index = panel.path("panelIndex").asText();
                assertThat(panel.path("gridData").path("i").asText()).isEqualTo(index);
                assertThat(panel.path("panelRefName").asText()).isEqualTo("panel_" + index);
                assertThat(refTypes).containsEntry(index + ":panel_" + index, panel.path("type").asText());
            }
        }
    }

    @Test
    void theDashboardShowsProblemRateFindingsByCheckDaysSinceUpdateAndCrawlHistory() {
        JsonNode dashboard = file.ofType("dashboard").get(0);
        Set<String> panelIds = new HashSet<>();
        dashboard.path("references").forEach(r -> panelIds.add(r.path("id").asText()));
        SavedObjectsFile panels = new SavedObjectsFile(file.objects().stream()
                .filter(o -> panelIds.contains(o.path("id").asText())
                        || o.path("type").asText().equals("index-pattern"))
                .toList(), List.of());
        Map<String, Set<String>> byObject = new LinkedHashMap<>();
        FieldCheck check = check(file, PREFIX);
        for (FieldUse u : uses(panels)) {
            String index = check.indexOf(u.dataView()).map(IndexFields::indexPattern).orElse("?");
            byObject.computeIfAbsent(u.object(), k -> new HashSet<>())
                    .add(index + " " + u.operation() + " " + u.field());
        }
        // Issue 16: the problem rate is counted over the app-quarter index (one document per store, app and quarter),
        // where flagged covers all three kinds of checks; KibanaRatesTest runs it against appaudit rates.
        assertThat(byObject.values()).as("problem rate per store").anySatisfy(s -> assertThat(s).contains(
                "appaudit-app-quarters terms store", "appaudit-app-quarters query flagged",
                "appaudit-app-quarters query audited"));
        assertThat(byObject.values()).as("flagged apps per check").anySatisfy(s -> assertThat(s).contains(
                "appaudit-app-quarters terms store", "appaudit-app-quarters terms checks_failed"));
        assertThat(byObject.values()).as("findings by check").anySatisfy(s -> assertThat(s).contains(
                "appaudit-findings terms check_id", "appaudit-findings terms store",
                "appaudit-findings query informational"));
        assertThat(byObject.values()).as("days since update").anySatisfy(s -> assertThat(s).contains(
                "appaudit-listings-* range days_since_update", "appaudit-listings-* terms store"));
        assertThat(byObject.values()).as("crawl history").anySatisfy(s -> assertThat(s).contains(
                "appaudit-crawl-runs date_histogram started_at", "appaudit-crawl-runs sum listings"));
        assertThat(byObject.values()).as("crawl parse problems").anySatisfy(s -> assertThat(s).contains(
                "appaudit-crawl-runs date_histogram started_at", "appaudit-crawl-runs sum parse_problems"));
        assertThat(byObject.values()).as("crawl outcomes").anySatisfy(s -> assertThat(s).contains(
                "appaudit-crawl-runs date_histogram started_at", "appaudit-crawl-runs terms outcome"));
    }

    @Test
    void anotherIndexPrefixWrittenWithSedStillMatchesTheTemplates() {
        // docs/kibana.md: sed 's/appaudit-/<prefix>-/g' kibana/appaudit.ndjson
        SavedObjectsFile renamed = SavedObjectsFile.parse(text.replace("appaudit-", "store-audit-"));
        FieldCheck check = check(renamed, "store-audit");
        List<FieldUse> uses = uses(renamed);
        assertThat(uses).allSatisfy(u -> assertThat(check.indexOf(u.dataView())).isPresent());
        assertThat(check.missing(uses)).isEmpty();
    }
}
