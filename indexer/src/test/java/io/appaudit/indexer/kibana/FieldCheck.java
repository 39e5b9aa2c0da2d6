package io.appaudit.indexer.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks field uses against the index templates: the data view's title must be the index pattern of one template,
 * the field must be mapped there, and the mapping type must suit the operation (an aggregation or sort needs a
 * keyword, number, date or boolean; a sum a number; a date histogram a date).
 */
final class FieldCheck {

    private final Map<String, IndexFields> byIndexPattern;
    private final Map<String, JsonNode> dataViews;

    FieldCheck(Map<String, IndexFields> byIndexPattern, List<JsonNode> dataViews) {
        this.byIndexPattern = Map.copyOf(byIndexPattern);
        this.dataViews = dataViews.stream().collect(Collectors.toMap(
                d -> d.path("id").asText(), d -> d, (a, b) -> a));
    }

    /** The index fields a data view searches, when its title is the index pattern of one of our templates. */
    Optional<IndexFields> indexOf(String dataView) {
        return Optional.ofNullable(dataViews.get(dataView))
                .map(d -> byIndexPattern.get(d.path("attributes").path("title").asText()));
    }

    /** Every field that is missing from the index its data view targets. */
    List<String> missing(List<FieldUse> uses) {
        List<String> out = new ArrayList<>();
        for (FieldUse use : uses) {
            Optional<IndexFields> index = indexOf(use.dataView());
            if (index.isEmpty()) {
                out.add(use + ": the data view targets none of the template index patterns " + byIndexPattern.keySet());
            } else if (index.get().type(use.field()).isEmpty()) {
                out.add(use + ": " + index.get().indexPattern() + " does not map this field");
            }
        }
        return out;
    }

    /** Every mapped field whose type the operation does not accept (such as terms on a text field). */
    List<String> unsuitable(List<FieldUse> uses) {
        List<String> out = new ArrayList<>();
        for (FieldUse use : uses) {
            Optional<String> type = indexOf(use.dataView()).flatMap(i -> i.type(use.field()));
            Optional<Operations.Need> need = Operations.need(use.operation());
            if (type.isPresent() && need.isPresent() && !need.get().acceptedBy(type.get())) {
                out.add(use + ": " + use.operation() + " needs " + need.get() + " but the field is " + type.get());
            }
        }
        return out;
    }
}
