package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds every field a saved object uses, by reading its attributes the way Kibana stores them: data view field
 * formats and labels, saved-search columns, sorts and queries, Lens columns, KQL filters and formulas (nested JSON),
 * legacy visualization aggregations (a JSON string), and dashboard queries. What it cannot read is reported, never
 * skipped, so an object it does not understand fails the check instead of passing it unread.
 */
final class SavedObjectFields {

    /** The fields an object uses, and what in it could not be read. */
    record Extraction(List<FieldUse> uses, List<String> problems) {

        Extraction {
            uses = List.copyOf(uses);
            problems = List.copyOf(problems);
        }
    }

    private static final String RECORDS = "___records___";
    private static final String SEARCH_INDEX = "kibanaSavedObjectMeta.searchSourceJSON.index";
    private static final String LAYER_REFERENCE = "indexpattern-datasource-layer-";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> byId;

    /** Reads objects of one file; dashboards look up their panels among them. */
    SavedObjectFields(List<JsonNode> objects) {
        this.byId = objects.stream().collect(Collectors.toMap(o -> o.path("id").asText(), Function.identity(),
                (a, b) -> a));
    }

    Extraction of(JsonNode object) {
        Reader r = new Reader(object.path("id").asText());
        switch (object.path("type").asText()) {
            case "index-pattern" -> dataView(object, r);
            case "search" -> search(object, r);
            case "lens" -> lens(object, r);
            case "visualization" -> visualization(object, r);
            case "dashboard" -> dashboard(object, r);
            default -> r.problem("type " + object.path("type").asText() + " is not understood by this check");
        }
        return new Extraction(r.uses, r.problems);
    }

    /** The data views an object refers to: those a dashboard's query and filters run against in its panel. */
    private static Set<String> dataViews(JsonNode object) {
        Set<String> views = new LinkedHashSet<>();
        for (JsonNode ref : object.path("references")) {
            if (ref.path("type").asText().equals("index-pattern")) {
                views.add(ref.path("id").asText());
            }
        }
        return views;
    }

    private void dataView(JsonNode o, Reader r) {
        String id = o.path("id").asText();
        JsonNode a = o.path("attributes");
        if (a.hasNonNull("timeFieldName")) {
            r.use(id, a.path("timeFieldName").asText(), "time field", "timeFieldName");
        }
        parse(a, "fieldFormatMap", r).fieldNames().forEachRemaining(f -> r.use(id, f, "format", "fieldFormatMap"));
        parse(a, "fieldAttrs", r).fieldNames().forEachRemaining(f -> r.use(id, f, "label", "fieldAttrs"));
        if (parse(a, "runtimeFieldMap", r).size() > 0) {
            r.problem("runtime fields are not checked");
        }
    }

    private void search(JsonNode o, Reader r) {
        JsonNode a = o.path("attributes");
        JsonNode source = parse(a.path("kibanaSavedObjectMeta"), "searchSourceJSON", r);
        Optional<String> dv = reference(o, source.path("indexRefName").asText(SEARCH_INDEX));
        if (dv.isEmpty()) {
            r.problem("no data view reference " + source.path("indexRefName").asText(SEARCH_INDEX));
            return;
        }
        for (JsonNode c : a.path("columns")) {
            if (!c.asText().equals("_source")) {
                r.use(dv.get(), c.asText(), "column", "columns");
            }
        }
        for (JsonNode s : a.path("sort")) {
            r.use(dv.get(), s.path(0).asText(), "sort", "sort");
        }
        searchSource(source, Set.of(dv.get()), r);
    }

    private void visualization(JsonNode o, Reader r) {
        JsonNode a = o.path("attributes");
        JsonNode vis = parse(a, "visState", r);
        JsonNode source = parse(a.path("kibanaSavedObjectMeta"), "searchSourceJSON", r);
        Optional<String> dv = reference(o, source.path("indexRefName").asText(SEARCH_INDEX));
        if (dv.isEmpty()) {
            if (!vis.path("type").asText().equals("markdown")) {
                r.problem("visualization type " + vis.path("type").asText() + " without a data view is not checked");
            }
            return;
        }
        for (JsonNode agg : vis.path("aggs")) {
            if (agg.path("params").hasNonNull("field")) {
                r.use(dv.get(), agg.path("params").path("field").asText(), agg.path("type").asText(),
                        "visState aggs " + agg.path("id").asText());
            }
        }
        searchSource(source, Set.of(dv.get()), r);
    }

    private void lens(JsonNode o, Reader r) {
        JsonNode state = o.path("attributes").path("state");
        JsonNode sources = state.path("datasourceStates");
        if (sources.path("textBased").path("layers").size() > 0) {
            r.problem("ES|QL (textBased) layers are not checked");
        }
        for (JsonNode layer : state.path("visualization").path("layers")) {
            if (layer.path("layerType").asText().equals("annotations")) {
                r.problem("annotation layers are not checked");
            }
        }
        JsonNode layers = sources.path("formBased").path("layers");
        Set<String> views = new LinkedHashSet<>();
        layers.fields().forEachRemaining(layer -> {
            Optional<String> dv = reference(o, LAYER_REFERENCE + layer.getKey());
            if (dv.isEmpty()) {
                r.problem("layer " + layer.getKey() + " has no reference " + LAYER_REFERENCE + layer.getKey());
                return;
            }
            views.add(dv.get());
            layer.getValue().path("columns").fields()
                    .forEachRemaining(c -> column(dv.get(), c.getKey(), c.getValue(), r));
        });
        if (views.isEmpty()) {
            r.problem("no formBased layers");
        }
        query(state.path("query"), views, "state.query", r);
        filters(state.path("filters"), views, "state.filters", r);
    }

    private void column(String dv, String id, JsonNode c, Reader r) {
        String op = c.path("operationType").asText();
        String where = "column " + id;
        String field = c.path("sourceField").asText("");
        if (!field.isEmpty() && !field.equals(RECORDS)) {
            r.use(dv, field, op, where);
        }
        for (JsonNode secondary : c.path("params").path("secondaryFields")) {
            r.use(dv, secondary.asText(), "multi_terms", where + " secondaryFields");
        }
        query(c.path("filter"), Set.of(dv), where + " filter", r);
        if (op.equals("formula")) {
            for (QueryFields.Ref ref : QueryFields.formula(c.path("params").path("formula").asText())) {
                r.use(dv, ref.field(), ref.operation(), where + " formula");
            }
        }
    }

    private void dashboard(JsonNode o, Reader r) {
        JsonNode a = o.path("attributes");
        JsonNode controls = a.path("controlGroupInput");
        if (controls.has("panelsJSON") && parse(controls, "panelsJSON", r).size() > 0) {
            r.problem("dashboard controls are not checked");
        }
        Set<String> views = new LinkedHashSet<>();
        for (JsonNode panel : parse(a, "panelsJSON", r)) {
            if (panel.path("embeddableConfig").has("attributes") || panel.path("embeddableConfig").has("savedVis")) {
                r.problem("panel " + panel.path("panelIndex").asText() + " is by value; save it to the library");
            }
            String refName = panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText();
            reference(o, refName).map(byId::get).ifPresentOrElse(
                    target -> views.addAll(dataViews(target)),
                    () -> r.problem("panel " + panel.path("panelIndex").asText() + " has no object " + refName));
        }
        searchSource(parse(a.path("kibanaSavedObjectMeta"), "searchSourceJSON", r), views, r);
    }

    private void searchSource(JsonNode source, Set<String> views, Reader r) {
        query(source.path("query"), views, "searchSourceJSON query", r);
        filters(source.path("filter"), views, "searchSourceJSON filter", r);
    }

    private static void query(JsonNode query, Set<String> views, String where, Reader r) {
        if (query.path("query").isTextual()) {
            for (String field : QueryFields.kql(query.path("query").asText())) {
                views.forEach(dv -> r.use(dv, field, "query", where));
            }
        }
    }

    private static void filters(JsonNode filters, Set<String> views, String where, Reader r) {
        for (JsonNode f : filters) {
            if (f.path("meta").hasNonNull("key")) {
                views.forEach(dv -> r.use(dv, f.path("meta").path("key").asText(), "filter", where));
            } else {
                r.problem("filter without meta.key in " + where);
            }
        }
    }

    private static Optional<String> reference(JsonNode object, String name) {
        for (JsonNode ref : object.path("references")) {
            if (ref.path("name").asText().equals(name)) {
                return Optional.of(ref.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private JsonNode parse(JsonNode attributes, String key, Reader r) {
        JsonNode v = attributes.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return json.createObjectNode();
        }
        if (!v.isTextual()) {
            r.problem(key + " is not a JSON string");
            return json.createObjectNode();
        }
        try {
            return json.readTree(v.asText());
        } catch (IOException e) {
            r.problem(key + " is not valid JSON: " + e.getMessage());
            return json.createObjectNode();
        }
    }

    /** Collects uses and problems for one object. */
    private static final class Reader {
        private final String object;
        private final List<FieldUse> uses = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Reader(String object) {
            this.object = object;
        }

        void use(String dataView, String field, String operation, String where) {
            if (Operations.need(operation).isEmpty()) {
                problem("operation " + operation + " on " + field + " (" + where + ") is not understood by this check");
            }
            uses.add(new FieldUse(object, dataView, field, operation, where));
        }

        void problem(String message) {
            problems.add(object + ": " + message);
        }
    }
}
