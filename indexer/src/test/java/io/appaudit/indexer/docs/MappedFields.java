package io.appaudit.indexer.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Which field names an index template does not map: the check behind every list of field-name constants. */
public final class MappedFields {

    private MappedFields() {
    }

    /** The names of {@code fields} that the template does not map (dotted names follow objects and multi-fields). */
    public static List<String> unmapped(String template, List<String> fields) throws IOException {
        JsonNode properties = DocumentMapper.create().readTree(IndexLayout.templateJson(template, "appaudit"))
                .path("template").path("mappings").path("properties");
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            JsonNode node = properties;
            String[] parts = field.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                node = node.path(parts[i]);
                if (i < parts.length - 1) {
                    // an object's fields, or a text field's multi-fields (developer.keyword)
                    node = node.has("properties") ? node.path("properties") : node.path("fields");
                }
            }
            if (!node.isObject() || node.isEmpty()) {
                out.add(field);
            }
        }
        return out;
    }
}
