package io.appaudit.stores.kit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Total reads over store JSON by dotted path ({@code "props.pageProps.data"}): a missing, null or blank value is
 * an empty Optional, numbers that stores send as strings ({@code "apk_size": "123"}) are read as numbers.
 */
public final class JsonTree {

    /** Shared, thread-safe after configuration. Limits guard against huge or deeply nested replies. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(50_000_000)
                .build());
    }

    private JsonTree() {
    }

    /** The mapper adapters share, so parsing costs the same everywhere. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text; empty when it is not JSON (or is truncated, or is nested absurdly deep). */
    public static Optional<JsonNode> parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses JSON bytes; empty when they are not JSON. */
    public static Optional<JsonNode> parse(byte[] bytes) {
        try {
            JsonNode n = MAPPER.readTree(bytes);
            return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The body as JSON, exactly as {@code parse(response.text())} reads it, but read from the bytes without decoding
     * them when they are well-formed UTF-8 (decoding a large reply costs a third of parsing it; the copy
     * {@link StoreResponse#body()} makes costs far less).
     */
    public static Optional<JsonNode> parseBody(StoreResponse response) {
        byte[] b = response.body();
        if (response.charset().equals(StandardCharsets.UTF_8) && plainUtf8(b)) {
            return parse(b);
        }
        return parse(response.text());
    }

    /**
     * Bytes Jackson reads as the same text the JDK decodes: well-formed UTF-8 (the JDK would put U+FFFD where Jackson
     * rejects or misreads), with no byte-order mark or NUL among the first four bytes (Jackson would take those for
     * UTF-16 or UTF-32).
     */
    private static boolean plainUtf8(byte[] b) {
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
        return !bom && Utf8.wellFormed(b);
    }

    /** The node at a dotted path; array elements by index ({@code "cards.0.apps"}). */
    public static Optional<JsonNode> at(JsonNode node, String path) {
        JsonNode n = node;
        if (n == null) {
            return Optional.empty();
        }
        // The parts of path.split("\\."), read in place: split drops trailing empty parts ("a." is "a", "." is none).
        int end = path.length();
        boolean dotted = path.indexOf('.') >= 0;
        while (dotted && end > 0 && path.charAt(end - 1) == '.') {
            end--;
        }
        if (!dotted || end > 0) {
            int start = 0;
            while (true) {
                int dot = path.indexOf('.', start);
                int stop = dot < 0 || dot >= end ? end : dot;
                n = step(n, path.substring(start, stop));
                if (stop == end) {
                    break;
                }
                start = stop + 1;
            }
        }
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    private static JsonNode step(JsonNode n, String part) {
        if (n.isArray() && !part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
            return n.path(Integer.parseInt(part));
        }
        return n.path(part);
    }

    /** Text at a path; numbers and booleans are given as their text; blank is empty. */
    public static Optional<String> text(JsonNode node, String path) {
        return at(node, path).filter(JsonNode::isValueNode).flatMap(n -> Text.present(n.asText()));
    }

    /** A whole number at a path, whether the store sent a number or a numeric string. */
    public static Optional<Long> number(JsonNode node, String path) {
        return at(node, path).flatMap(n -> {
            if (n.isIntegralNumber() && n.canConvertToLong()) {
                return Optional.of(n.asLong());
            }
            if (n.isNumber()) {
                // A non-finite double (1e999 overflows to Infinity) has no decimal value.
                double d = n.doubleValue();
                return Double.isFinite(d) && Math.abs(d) < 9.2e18 ? Optional.of((long) d) : Optional.empty();
            }
            return Text.present(n.isTextual() ? n.asText() : null).flatMap(JsonTree::parseLong);
        });
    }

    /** A decimal number at a path, whether sent as a number or a numeric string. */
    public static Optional<Double> decimal(JsonNode node, String path) {
        return at(node, path).flatMap(n -> {
            if (n.isNumber()) {
                double d = n.asDouble();
                return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
            }
            return Text.present(n.isTextual() ? n.asText() : null).flatMap(s -> {
                try {
                    double d = new BigDecimal(s.replace(",", "")).doubleValue();
                    return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            });
        });
    }

    /** The elements of the array at a path; empty when there is no array there. */
    public static List<JsonNode> array(JsonNode node, String path) {
        Optional<JsonNode> a = at(node, path).filter(JsonNode::isArray);
        List<JsonNode> out = new ArrayList<>();
        a.ifPresent(arr -> arr.forEach(out::add));
        return out;
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(new BigDecimal(s.replace(",", "")).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
