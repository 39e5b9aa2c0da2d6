package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The KQL the app-quarter panels and recipes use, as Kibana turns it into a query: {@code field:value} terms joined
 * by {@code and}, each optionally preceded by {@code not}. Anything else (or, ranges, wildcards, parentheses) fails.
 */
final class Kql {

    private Kql() {
    }

    static JsonNode toQuery(ObjectMapper json, String kql) {
        ObjectNode bool = json.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        ArrayNode filter = b.putArray("filter");
        ArrayNode mustNot = b.putArray("must_not");
        for (String part : kql.trim().split("\\s+and\\s+")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            boolean negated = p.startsWith("not ");
            if (negated) {
                p = p.substring(4).trim();
            }
            if (!p.matches("[A-Za-z_.@]+:[^\\s:()*<>\"]+")) {
                throw new IllegalArgumentException("KQL not translated here: " + part + " (in " + kql + ")");
            }
            String[] fv = p.split(":", 2);
            ObjectNode match = json.createObjectNode();
            match.putObject("match").put(fv[0], fv[1]);
            (negated ? mustNot : filter).add(match);
        }
        return bool;
    }
}
