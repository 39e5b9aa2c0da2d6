package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.TruncatedHtml;
import java.util.Optional;

/**
 * a.app.qq.com's simple.jsp page: one script line {@code window.systemData={...};} whose {@code appDetail} names the
 * app, its developer and operating company ({@code author}), and its APK. The object is cut out by balanced-brace
 * scanning (strings and escapes respected), so a trailing {@code ;} or more script after it does not matter.
 */
final class SystemData {

    static final String MARKER = "window.systemData";
    static final String APP_DETAIL = "appDetail";
    static final String PACKAGE = "packageName";

    /** What the supplement page held. */
    sealed interface Result {
        record Read(JsonNode root, JsonNode appDetail) implements Result {
        }

        record Failed(String reason) implements Result {
        }
    }

    private SystemData() {
    }

    static Result read(StoreResponse response, String packageName) {
        if (response.status() < 200 || response.status() >= 300) {
            return new Result.Failed("HTTP " + response.status());
        }
        String text = response.text();
        int marker = text.indexOf(MARKER);
        if (marker < 0) {
            return new Result.Failed(MARKER + " not found");
        }
        int i = skipSpaces(text, marker + MARKER.length());
        if (i >= text.length() || text.charAt(i) != '=') {
            return new Result.Failed(MARKER + " is not assigned");
        }
        i = skipSpaces(text, i + 1);
        if (i >= text.length() || text.charAt(i) != '{') {
            return new Result.Failed(MARKER + " is not an object");
        }
        int end = objectEnd(text, i);
        if (end < 0) {
            return new Result.Failed(MARKER + " object is truncated (unbalanced braces)");
        }
        Optional<JsonNode> root = JsonTree.parse(text.substring(i, end + 1)).filter(JsonNode::isObject);
        if (root.isEmpty()) {
            return new Result.Failed(MARKER + " is not valid JSON");
        }
        Optional<JsonNode> detail = JsonTree.at(root.get(), APP_DETAIL).filter(JsonNode::isObject);
        if (detail.isEmpty()) {
            return new Result.Failed(MARKER + "." + APP_DETAIL + " absent");
        }
        Optional<String> pkg = JsonTree.text(detail.get(), PACKAGE);
        if (pkg.isPresent() && !pkg.get().equals(packageName)) {
            return new Result.Failed(MARKER + "." + APP_DETAIL + "." + PACKAGE + " is " + pkg.get());
        }
        // the object is whole but the page after it is not: its download controls may be lost with its end
        Optional<String> cut = TruncatedHtml.reason(text, "the a.app.qq.com page");
        if (cut.isPresent()) {
            return new Result.Failed(cut.get());
        }
        return new Result.Read(root.get(), detail.get());
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the brace closing the object opened at {@code open}, or -1 when the text ends first. */
    static int objectEnd(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
