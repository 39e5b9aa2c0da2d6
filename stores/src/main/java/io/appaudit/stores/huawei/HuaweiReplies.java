package io.appaudit.stores.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.ReplyTriage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gateway's reply envelope, {@code {rtnCode, hasNextPage, totalPages, count, layoutData:[cards]}}, read the same
 * way for detail and list replies: the HTTP status, the body's format, the store's own status, then the cards.
 */
final class HuaweiReplies {

    static final String RTN_CODE = "rtnCode";
    static final String RTN_DESC = "rtnDesc";
    static final String LAYOUT_DATA = "layoutData";
    static final String HAS_NEXT_PAGE = "hasNextPage";

    /** The common markers plus the words of Huawei's WAF refusal pages. */
    static final ReplyTriage TRIAGE = ReplyTriage.withExtraMarkers("滑块", "access denied", "403 forbidden");

    /** A readable reply, or why there is none. */
    sealed interface Reply permits Cards, Failed {
    }

    /** The reply's root and its cards (the elements of {@code layoutData}). */
    record Cards(JsonNode root, List<JsonNode> cards) implements Reply {
        Cards {
            cards = List.copyOf(cards);
        }
    }

    record Failed(ParseProblem problem) implements Reply {
    }

    private HuaweiReplies() {
    }

    /** Reads a gateway reply; {@code subject} names what was asked for (an app id, a list) in problems. */
    static Reply read(StoreResponse response, String subject) {
        String url = response.url();
        int status = response.status();
        if (ReplyTriage.isRefusal(status)) {
            return failed(subject, url, ParseProblem.Kind.BLOCKED, List.of(), "HTTP " + status + ": the store refused");
        }
        if (status != 200) {
            return TRIAGE.looksLikeBlockPage(response.text())
                    ? failed(subject, url, ParseProblem.Kind.BLOCKED, List.of(),
                            "HTTP " + status + " with a block page")
                    : failed(subject, url, ParseProblem.Kind.HTTP_STATUS, List.of(), "HTTP " + status);
        }
        if (response.isBlank()) {
            return failed(subject, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "empty body");
        }
        // the text is decoded only when it is needed: for a reply that is not JSON
        Optional<JsonNode> parsed = JsonTree.parseBody(response);
        if (parsed.isEmpty()) {
            String text = response.text();
            if (TRIAGE.looksLikeBlockPage(text)) {
                return failed(subject, url, ParseProblem.Kind.BLOCKED, List.of(), "captcha or verification page");
            }
            boolean html = text.stripLeading().startsWith("<");
            return failed(subject, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    html ? "HTML where the gateway's JSON was expected" : "not JSON (truncated or garbled)");
        }
        JsonNode root = parsed.get();
        if (!root.isObject()) {
            return failed(subject, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    "JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT) + " where an object was expected");
        }
        Optional<JsonNode> rtn = JsonTree.at(root, RTN_CODE);
        if (rtn.isPresent()) {
            Optional<Long> code = JsonTree.number(root, RTN_CODE);
            String desc = JsonTree.text(root, RTN_DESC).map(d -> " (" + d + ")").orElse("");
            if (code.isEmpty()) {
                return failed(subject, url, ParseProblem.Kind.HTTP_STATUS, List.of(),
                        "unreadable store status rtnCode=" + rtn.get());
            }
            if (code.get() == HuaweiAuth.TOKEN_EXPIRED) {
                return failed(subject, url, ParseProblem.Kind.BLOCKED, List.of(),
                        "rtnCode 1002: the Interface-Code token expired" + desc);
            }
            if (code.get() != 0) {
                return failed(subject, url, ParseProblem.Kind.HTTP_STATUS, List.of(),
                        "store status rtnCode=" + code.get() + desc);
            }
        }
        Optional<JsonNode> layout = JsonTree.at(root, LAYOUT_DATA).filter(JsonNode::isArray);
        if (layout.isEmpty()) {
            List<String> missing = rtn.isPresent() ? List.of(LAYOUT_DATA) : List.of(RTN_CODE, LAYOUT_DATA);
            return failed(subject, url, ParseProblem.Kind.DRIFT, missing, "no " + String.join(", ", missing));
        }
        List<JsonNode> cards = new ArrayList<>();
        layout.get().forEach(cards::add);
        return new Cards(root, cards);
    }

    private static Failed failed(String subject, String url, ParseProblem.Kind kind, List<String> missing,
                                 String message) {
        return new Failed(new ParseProblem(StoreId.HUAWEI, subject, url, kind, missing, message));
    }
}
