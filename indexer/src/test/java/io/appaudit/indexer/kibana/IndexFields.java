package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The searchable fields of the indices appaudit's templates shape, read from the template JSON resources (component
 * templates resolved through {@code composed_of}): dotted path to mapping type, {@code .keyword} sub-fields
 * included, objects with {@code enabled: false} left out because nothing in them can be searched or aggregated.
 */
final class IndexFields {

    private static final Set<String> KEYWORDS = Set.of("keyword", "constant_keyword", "wildcard", "ip", "version");
    private static final Set<String> NUMBERS = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    private static final Set<String> DATES = Set.of("date", "date_nanos");

    private final String indexPattern;
    private final Map<String, String> types;

    private IndexFields(String indexPattern, Map<String, String> types) {
        this.indexPattern = indexPattern;
        this.types = Map.copyOf(types);
    }

    /** The fields of every index template for this prefix, by the index pattern the template applies to. */
    static Map<String, IndexFields> byIndexPattern(String prefix) {
        ObjectMapper json = new ObjectMapper();
        Map<String, IndexFields> out = new LinkedHashMap<>();
        for (String resource : IndexLayout.templateResources()) {
            JsonNode template = read(json, resource, prefix);
            for (JsonNode pattern : template.path("index_patterns")) {
                Map<String, String> types = new LinkedHashMap<>();
                for (JsonNode component : template.path("composed_of")) {
                    String name = component.asText();
                    if (!name.startsWith(prefix + "-")) {
                        throw new IllegalStateException(resource + " is composed of " + name + ", not one of ours");
                    }
                    collect("", properties(read(json, name.substring(prefix.length() + 1), prefix)), types);
                }
                collect("", properties(template), types);
                out.put(pattern.asText(), new IndexFields(pattern.asText(), types));
            }
        }
        return out;
    }

    private static JsonNode read(ObjectMapper json, String resource, String prefix) {
        try {
            return json.readTree(IndexLayout.templateJson(resource, prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode properties(JsonNode template) {
        return template.path("template").path("mappings").path("properties");
    }

    private static void collect(String prefix, JsonNode properties, Map<String, String> out) {
        properties.fields().forEachRemaining(e -> {
            String path = prefix + e.getKey();
            JsonNode mapping = e.getValue();
            if (!mapping.path("enabled").asBoolean(true)) {
                return;
            }
            if (mapping.has("properties")) {
                collect(path + ".", mapping.path("properties"), out);
                return;
            }
            out.put(path, mapping.path("type").asText("object"));
            mapping.path("fields").fields().forEachRemaining(sub ->
                    out.put(path + "." + sub.getKey(), sub.getValue().path("type").asText()));
        });
    }

    String indexPattern() {
        return indexPattern;
    }

    /** The mapping type of a field, if the templates define it. */
    Optional<String> type(String field) {
        return Optional.ofNullable(types.get(field));
    }

    /** Whether an aggregation (or a sort) may use a field of this type: keyword, number, date or boolean. */
    static boolean aggregatable(String type) {
        return KEYWORDS.contains(type) || NUMBERS.contains(type) || DATES.contains(type) || type.equals("boolean");
    }

    static boolean numeric(String type) {
        return NUMBERS.contains(type);
    }

    static boolean date(String type) {
        return DATES.contains(type);
    }
}
