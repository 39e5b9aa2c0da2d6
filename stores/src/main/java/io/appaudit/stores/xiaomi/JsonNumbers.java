package io.appaudit.stores.xiaomi;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.JsonTree;
import java.util.Optional;

/**
 * Whole numbers from store JSON, total where {@link JsonTree#number} is not: a non-finite double ({@code 1e999}
 * parses as Infinity) makes {@code JsonNode.decimalValue()} throw, so it is unknown here instead.
 */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static Optional<Long> whole(JsonNode node, String path) {
        Optional<JsonNode> n = JsonTree.at(node, path);
        if (n.isPresent() && n.get().isFloatingPointNumber() && !Double.isFinite(n.get().doubleValue())) {
            return Optional.empty();
        }
        return JsonTree.number(node, path);
    }
}
