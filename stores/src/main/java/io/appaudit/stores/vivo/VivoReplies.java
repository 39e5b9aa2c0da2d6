package io.appaudit.stores.vivo;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.ReplyTriage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sorts an H5 API response into a JSON object to read, or the reason it cannot be read. */
final class VivoReplies {

    /**
     * The common markers plus the words of vivo's captcha, verification and rate-limit pages (its gateway and the CDN
     * in front of it answer too-fast clients with such pages, often as 429/503). Matched case-insensitively on
     * replies that are not the expected JSON, and on the {@code msg} of a JSON error envelope.
     */
    static final ReplyTriage TRIAGE = ReplyTriage.withExtraMarkers("滑动验证", "滑块", "请完成验证", "访问频繁",
            "操作频繁", "access denied", "verify", "verification");
    /** The message fields of the H5 API's error envelope ({@code {"code":…, "msg":…}}). */
    static final List<String> MESSAGE_KEYS = List.of("msg", "message");
    static final String CODE = "code";

    private VivoReplies() {
    }

    /** What a response came to: a JSON object, or a problem kind with a message. */
    sealed interface Reply {
    }

    record JsonObject(JsonNode root) implements Reply {
    }

    record Unreadable(ParseProblem.Kind kind, String message) implements Reply {
    }

    static Reply read(StoreResponse response) {
        int status = response.status();
        if (ReplyTriage.isRefusal(status)) {
            return new Unreadable(ParseProblem.Kind.BLOCKED, "HTTP " + status + ": the store refuses us");
        }
        if (!ReplyTriage.isSuccess(status)) {
            return looksBlocked(response.text())
                    ? new Unreadable(ParseProblem.Kind.BLOCKED, "HTTP " + status + " with a verification page")
                    : new Unreadable(ParseProblem.Kind.HTTP_STATUS, "HTTP " + status);
        }
        if (response.isBlank()) {
            return new Unreadable(ParseProblem.Kind.UNEXPECTED_FORMAT, "Empty body where JSON was expected");
        }
        // the text is decoded only when it is needed: for a reply that is not JSON
        Optional<JsonNode> json = JsonTree.parse(response.body());
        if (json.isEmpty()) {
            String text = response.text();
            if (looksBlocked(text)) {
                return new Unreadable(ParseProblem.Kind.BLOCKED, "A captcha or verification page where JSON was expected");
            }
            return new Unreadable(ParseProblem.Kind.UNEXPECTED_FORMAT, looksHtml(text)
                    ? "HTML where JSON was expected" : "Not JSON (truncated or garbled)");
        }
        if (!json.get().isObject()) {
            return new Unreadable(ParseProblem.Kind.UNEXPECTED_FORMAT,
                    "JSON " + json.get().getNodeType().name().toLowerCase(Locale.ROOT) + " where an object was expected");
        }
        return new JsonObject(json.get());
    }

    /** The message of a JSON error envelope when it says we are being pushed away. */
    static Optional<String> blockedMessage(JsonNode root) {
        for (String key : MESSAGE_KEYS) {
            Optional<String> msg = JsonTree.text(root, key).filter(VivoReplies::looksBlocked);
            if (msg.isPresent()) {
                return msg;
            }
        }
        return Optional.empty();
    }

    /** A description of an error envelope ({@code code} other than 0, or a message), when the object is one. */
    static Optional<String> errorEnvelope(JsonNode root) {
        Optional<String> code = JsonTree.text(root, CODE).filter(c -> !c.equals("0"));
        Optional<String> msg = MESSAGE_KEYS.stream().map(k -> JsonTree.text(root, k)).flatMap(Optional::stream)
                .findFirst();
        if (code.isEmpty() && msg.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The store answered with an error: code=" + code.orElse("0") + ", msg=" + msg.orElse(""));
    }

    static boolean looksBlocked(String text) {
        return TRIAGE.looksBlocked(text);
    }

    private static boolean looksHtml(String text) {
        String t = text.stripLeading().toLowerCase(Locale.ROOT);
        return t.startsWith("<") || t.contains("<html") || t.contains("<body");
    }
}
