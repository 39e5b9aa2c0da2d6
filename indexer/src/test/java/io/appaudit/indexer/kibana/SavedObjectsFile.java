package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A Kibana saved-objects NDJSON file as the import API reads it: one JSON object per line, each with a type, an id,
 * attributes and references. The export-details line Kibana appends to its own exports is allowed and skipped.
 */
record SavedObjectsFile(List<JsonNode> objects, List<String> problems) {

    SavedObjectsFile {
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
    }

    static SavedObjectsFile parse(String text) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        List<JsonNode> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int last = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < last; i++) {
            String where = "line " + (i + 1) + ": ";
            try {
                JsonNode o = json.readTree(lines[i]);
                if (o == null || !o.isObject()) {
                    problems.add(where + "not a JSON object");
                } else if (o.has("exportedCount") && !o.has("type")) {
                    continue;
                } else if (!o.path("type").isTextual() || !o.path("id").isTextual() || o.path("id").asText().isBlank()
                        || !o.path("attributes").isObject() || !o.path("references").isArray()) {
                    problems.add(where + "a saved object needs a type, an id, attributes and references");
                } else {
                    objects.add(o);
                }
            } catch (JsonProcessingException e) {
                problems.add(where + "not one JSON value: " + e.getOriginalMessage());
            }
        }
        return new SavedObjectsFile(objects, problems);
    }

    List<JsonNode> ofType(String type) {
        return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
    }
}
