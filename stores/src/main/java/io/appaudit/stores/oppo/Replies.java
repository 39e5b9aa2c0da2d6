package io.appaudit.stores.oppo;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.ReplyTriage;
import io.appaudit.stores.kit.Utf8;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sorts a raw OPPO reply into "the JSON we expect" or a plainly worded reason why it is not. */
final class Replies {

    /** The common markers plus the words OPPO's and generic verification pages were seen to add. */
    static final ReplyTriage TRIAGE = ReplyTriage.withExtraMarkers("滑动验证", "访问受限", "verify you are human");
    /** OPPO's client protocol since the v5 detail (and the app's default Accept) is protobuf/protostuff. */
    private static final List<String> PROTOBUF_TYPES = List.of("protobuf", "protostuff", "octet-stream");

    private Replies() {
    }

    /** Either the reply's JSON object, or why the reply is not one. */
    sealed interface Outcome permits Json, Refused {
    }

    record Json(JsonNode root) implements Outcome {
    }

    record Refused(ParseProblem.Kind kind, String message) implements Outcome {
    }

    /** The problem an HTTP status other than 200 stands for (404 is the caller's to read). */
    static Refused status(int status) {
        if (ReplyTriage.isRefusal(status)) {
            return new Refused(ParseProblem.Kind.BLOCKED, "HTTP " + status + ": the store refused the request");
        }
        return new Refused(ParseProblem.Kind.HTTP_STATUS, "HTTP " + status + " has no reading for OPPO");
    }

    /** Reads a 200 reply that should be an OPPO JSON object. */
    static Outcome json(StoreResponse response) {
        if (response.status() != 200) {
            return status(response.status());
        }
        byte[] body = response.body();
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (PROTOBUF_TYPES.stream().anyMatch(type::contains)) {
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT, "Content-Type '" + type
                    + "': a protobuf reply (the /detail/v5 protocol) is not supported; ask for JSON");
        }
        int first = firstNonBlank(body);
        if (first < 0) {
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT, "empty body where OPPO JSON was expected");
        }
        if (body[first] == '<' || type.contains("html")) {
            String text = response.text();
            if (looksBlocked(text)) {
                return new Refused(ParseProblem.Kind.BLOCKED, "a verification page where OPPO JSON was expected");
            }
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT, "HTML where OPPO JSON was expected");
        }
        if (body[first] != '{' && body[first] != '[' && looksBinary(body)) {
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT,
                    "binary reply, probably protobuf (the /detail/v5 protocol), which is not supported");
        }
        Optional<JsonNode> parsed = JsonTree.parse(body);
        if (parsed.isEmpty()) {
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT, "not JSON (truncated or garbled)");
        }
        if (!parsed.get().isObject()) {
            return new Refused(ParseProblem.Kind.UNEXPECTED_FORMAT, "JSON " + parsed.get().getNodeType()
                    + " where an OPPO JSON object was expected");
        }
        return new Json(parsed.get());
    }

    static boolean looksBlocked(String text) {
        return TRIAGE.looksBlocked(text);
    }

    /** Control bytes or invalid UTF-8: a text format never has them, protobuf nearly always does. */
    static boolean looksBinary(byte[] body) {
        for (byte b : body) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return !Utf8.wellFormed(body);
    }

    private static int firstNonBlank(byte[] body) {
        int i = 0;
        // a UTF-8 byte-order mark is not content
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return i;
            }
        }
        return -1;
    }
}
