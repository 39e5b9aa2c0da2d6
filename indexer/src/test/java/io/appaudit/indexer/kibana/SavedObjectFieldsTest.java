package io.appaudit.indexer.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The field check fails where it should: it reads fields out of nested Lens state, formulas, KQL and visState. */
class SavedObjectFieldsTest {

    private static final String FINDINGS_VIEW = """
            {"type":"index-pattern","id":"dv-findings","references":[],
             "attributes":{"title":"appaudit-findings","timeFieldName":"@timestamp"}}""";

    /** A Lens object on the findings data view with one layer holding the given columns. */
    private static String lens(String columns) {
        return """
                {"type":"lens","id":"lens-1",
                 "references":[{"type":"index-pattern","id":"dv-findings","name":"indexpattern-datasource-layer-l1"}],
                 "attributes":{"title":"t","visualizationType":"lnsXY","state":{
                   "query":{"query":"","language":"kuery"},"filters":[],
                   "datasourceStates":{"formBased":{"layers":{"l1":{"columns":%s}}}}}}}""".formatted(columns);
    }

    /** An NDJSON file of the given objects, each written on one line. */
    private static SavedObjectsFile file(String... objects) {
        StringBuilder ndjson = new StringBuilder();
        for (String o : objects) {
            ndjson.append(o.replace("\n", " ")).append('\n');
        }
        SavedObjectsFile f = SavedObjectsFile.parse(ndjson.toString());
        assertThat(f.problems()).isEmpty();
        return f;
    }

    private static List<FieldUse> uses(SavedObjectsFile f) {
        SavedObjectFields fields = new SavedObjectFields(f.objects());
        return f.objects().stream().flatMap(o -> fields.of(o).uses().stream()).toList();
    }

    private static FieldCheck check(SavedObjectsFile f) {
        return new FieldCheck(IndexFields.byIndexPattern("appaudit"), f.ofType("index-pattern"));
    }

    @Test
    void findsTheAggregatedFieldsOfAFormulaAndTheFieldsOfItsKqlArgument() {
        assertThat(QueryFields.formula("unique_count(package, kql='flagged:true and store : \"xiaomi\"') / count()"))
                .containsExactlyInAnyOrder(new QueryFields.Ref("flagged", "query"),
                        new QueryFields.Ref("store", "query"), new QueryFields.Ref("package", "unique_count"));
    }

    @Test
    void findsFieldsOnEitherSideOfBooleanOperatorsAndInRangesButNotInQuotedValues() {
        assertThat(QueryFields.kql("store:xiaomi and not checks_failed:Z1 or days_since_update >= 730 "
                + "and name:\"a:b\" and probes.delivered_package:*"))
                .containsExactly("store", "checks_failed", "days_since_update", "name", "probes.delivered_package");
    }

    @Test
    void reportsALensColumnOnAFieldTheTemplatesDoNotMap() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"terms","sourceField":"developer_brand"}}"""));
        assertThat(check(f).missing(uses(f))).singleElement().asString().contains("developer_brand");
    }

    @Test
    void reportsAFieldMissingFromAKqlFilterInsideALensColumn() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"count","sourceField":"___records___",
                       "filter":{"query":"check_id:D2 and developer_brand:x","language":"kuery"}}}"""));
        assertThat(check(f).missing(uses(f))).singleElement().asString().contains("developer_brand");
    }

    @Test
    void reportsAFieldMissingFromAFormula() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"formula","params":{"formula":"unique_count(app_package) / count()"}}}"""));
        assertThat(check(f).missing(uses(f))).singleElement().asString().contains("app_package");
    }

    @Test
    void reportsATermsAggregationOnATextFieldButAcceptsItsKeywordSubField() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"terms","sourceField":"developer"},
                 "c2":{"operationType":"terms","sourceField":"developer.keyword"}}"""));
        assertThat(check(f).unsuitable(uses(f))).singleElement().asString().contains("developer ", "text");
    }

    @Test
    void reportsASumOverAKeyword() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"sum","sourceField":"check_id"}}"""));
        assertThat(check(f).unsuitable(uses(f))).singleElement().asString().contains("check_id", "NUMERIC");
    }

    @Test
    void readsAggregationFieldsOutOfALegacyVisStateString() {
        String vis = """
                {"type":"visualization","id":"vis-1",
                 "references":[{"type":"index-pattern","id":"dv-findings",
                                "name":"kibanaSavedObjectMeta.searchSourceJSON.index"}],
                 "attributes":{"title":"t",
                   "visState":"{\\"type\\":\\"histogram\\",\\"aggs\\":[{\\"id\\":\\"1\\",\\"type\\":\\"terms\\",\\"params\\":{\\"field\\":\\"summary\\"}}]}",
                   "kibanaSavedObjectMeta":{"searchSourceJSON":"{\\"query\\":{\\"query\\":\\"\\",\\"language\\":\\"kuery\\"},\\"filter\\":[],\\"indexRefName\\":\\"kibanaSavedObjectMeta.searchSourceJSON.index\\"}"}}}""";
        SavedObjectsFile f = file(FINDINGS_VIEW, vis);
        assertThat(check(f).unsuitable(uses(f))).singleElement().asString().contains("summary", "text");
    }

    @Test
    void reportsAnObjectTypeItCannotRead() {
        SavedObjectsFile f = file("""
                {"type":"map","id":"m","references":[],"attributes":{"title":"t"}}""");
        assertThat(new SavedObjectFields(f.objects()).of(f.objects().get(0)).problems())
                .singleElement().asString().contains("map");
    }

    @Test
    void reportsALensLayerWithoutItsDataViewReference() {
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"terms","sourceField":"store"}}""").replace("layer-l1", "layer-other"));
        assertThat(new SavedObjectFields(f.objects()).of(f.objects().get(1)).problems())
                .anySatisfy(p -> assertThat(p).contains("layer l1 has no reference"));
    }

    @Test
    void checksADashboardQueryAgainstTheDataViewsOfItsPanels() {
        String dashboard = """
                {"type":"dashboard","id":"d","references":[{"type":"lens","id":"lens-1","name":"1:panel_1"}],
                 "attributes":{"title":"t",
                   "panelsJSON":"[{\\"type\\":\\"lens\\",\\"panelIndex\\":\\"1\\",\\"panelRefName\\":\\"panel_1\\"}]",
                   "kibanaSavedObjectMeta":{"searchSourceJSON":"{\\"query\\":{\\"query\\":\\"developer_brand:x\\",\\"language\\":\\"kuery\\"},\\"filter\\":[]}"}}}""";
        SavedObjectsFile f = file(FINDINGS_VIEW, lens("""
                {"c1":{"operationType":"terms","sourceField":"store"}}"""), dashboard);
        assertThat(check(f).missing(uses(f))).singleElement().asString().contains("d uses developer_brand");
    }
}
