package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch request a Lens (form-based) layer sends, for the operations the app-quarter panels use: nested
 * {@code terms} for the bucket columns in column order, {@code count} metrics (with a KQL filter as a {@code filter}
 * aggregation), and formula columns dividing two counts (evaluated from the reply, as Lens does). The panel's KQL query
 * and an extra filter become the query. Anything else fails, so a panel this cannot translate is noticed.
 */
final class LensAggregation {

    /** One row of the panel: bucket keys in column order, and each metric or formula column's value. */
    record Row(List<String> keys, Map<String, Double> values) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode layer;
    private final List<String> buckets = new ArrayList<>();
    private final List<String> counts = new ArrayList<>();
    private final Map<String, String[]> divisions = new LinkedHashMap<>();
    private final String query;

    LensAggregation(JsonNode lens) {
        JsonNode state = lens.path("attributes").path("state");
        JsonNode layers = state.path("datasourceStates").path("formBased").path("layers");
        if (layers.size() != 1) {
            throw new IllegalArgumentException("one layer expected: " + lens.path("id"));
        }
        layer = layers.elements().next();
        query = state.path("query").path("query").asText("");
        for (JsonNode id : layer.path("columnOrder")) {
            JsonNode c = layer.path("columns").path(id.asText());
            switch (c.path("operationType").asText()) {
                case "terms" -> buckets.add(id.asText());
                case "count" -> counts.add(id.asText());
                case "formula" -> { }
                case "math" -> {
                    JsonNode ast = c.path("params").path("tinymathAst");
                    if (!ast.path("name").asText().equals("divide") || ast.path("args").size() != 2) {
                        throw new IllegalArgumentException("only a division of two counts: " + ast);
                    }
                    divisions.put(id.asText(), new String[]{ast.path("args").get(0).asText(),
                            ast.path("args").get(1).asText()});
                }
                default -> throw new IllegalArgumentException("operation not translated: " + c);
            }
        }
    }

    /** The search body: the panel's query and {@code extraKql}, nested terms, a filter per filtered count. */
    String body(String extraKql) {
        ObjectNode body = json.createObjectNode().put("size", 0);
        body.set("query", Kql.toQuery(json, (query.isBlank() ? "" : query + " and ") + extraKql));
        ObjectNode aggs = body.putObject("aggs");
        for (String b : buckets) {
            JsonNode c = layer.path("columns").path(b);
            ObjectNode terms = aggs.putObject(b).putObject("terms");
            terms.put("field", c.path("sourceField").asText()).put("size", c.path("params").path("size").asInt(10));
            aggs = ((ObjectNode) aggs.get(b)).putObject("aggs");
        }
        for (String m : counts) {
            JsonNode filter = layer.path("columns").path(m).path("filter");
            if (!filter.isMissingNode()) {
                aggs.putObject(m).set("filter", Kql.toQuery(json, filter.path("query").asText()));
            }
        }
        return body.toString();
    }

    /** The panel's rows from the search reply. */
    List<Row> rows(JsonNode reply) {
        List<Row> out = new ArrayList<>();
        collect(reply.path("aggregations"), 0, new ArrayList<>(), reply.path("hits").path("total").path("value")
                .asLong(), out);
        return out;
    }

    private void collect(JsonNode aggs, int depth, List<String> keys, long docCount, List<Row> out) {
        if (depth == buckets.size()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String m : counts) {
                values.put(m, (double) (aggs.has(m) ? aggs.path(m).path("doc_count").asLong() : docCount));
            }
            divisions.forEach((id, args) -> values.put(id, values.get(args[0]) / values.get(args[1])));
            layer.path("columns").fields().forEachRemaining(e -> {
                if (e.getValue().path("operationType").asText().equals("formula")) {
                    values.put(e.getKey(), values.get(e.getValue().path("references").get(0).asText()));
                }
            });
            out.add(new Row(List.copyOf(keys), values));
            return;
        }
        ArrayNode bucketList = (ArrayNode) aggs.path(buckets.get(depth)).path("buckets");
        for (JsonNode b : bucketList) {
            keys.add(b.path("key").asText());
            collect(b, depth + 1, keys, b.path("doc_count").asLong(), out);
            keys.remove(keys.size() - 1);
        }
    }
}
