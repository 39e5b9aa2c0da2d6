package io.appaudit.stores.oppo;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.JsonTree;
import java.util.Optional;

/** {@link JsonTree} reads made total where it is not: a non-finite double ({@code 1e999}) is no whole number. */
final class OppoJson {

    private OppoJson() {
    }

    /** {@link JsonTree#number}, empty for Infinity/NaN (which that method would throw on). */
    static Optional<Long> number(JsonNode node, String path) {
        Optional<JsonNode> n = JsonTree.at(node, path);
        if (n.isPresent() && n.get().isFloatingPointNumber() && !Double.isFinite(n.get().asDouble())) {
            return Optional.empty();
        }
        return JsonTree.number(node, path);
    }
}
