package io.appaudit.stores.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.JsonTree;
import java.util.Optional;

/** Whole numbers from replies, total where the shared reader is not. */
final class HuaweiJson {

    private HuaweiJson() {
    }

    /**
     * {@link JsonTree#number} without its one throw: a literal such as {@code 1e999} parses to an infinite double,
     * whose {@code decimalValue()} throws NumberFormatException. Such a value is no number we can use.
     */
    static Optional<Long> number(JsonNode node, String path) {
        Optional<JsonNode> n = JsonTree.at(node, path);
        if (n.isPresent() && n.get().isFloatingPointNumber() && !Double.isFinite(n.get().asDouble())) {
            return Optional.empty();
        }
        return JsonTree.number(node, path);
    }
}
