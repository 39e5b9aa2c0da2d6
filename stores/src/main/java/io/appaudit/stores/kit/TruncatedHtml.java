package io.appaudit.stores.kit;

import io.appaudit.stores.ParseProblem;
import java.util.Optional;

/**
 * Tells a whole HTML page from one cut short (a dropped connection, a proxy's size limit). Every store page we read
 * opens {@code <html>} or {@code <body>} and closes it at its end; a page that opens either and closes neither has
 * lost its end, and whatever its first part holds is no listing: the adapters report it as a parse problem
 * ({@link ParseProblem.Kind#UNEXPECTED_FORMAT}) before reading it, so a missing field is never inferred from a
 * missing part of the page. Text that opens neither tag (an HTML fragment) is not judged here. JSON replies need no
 * such test: a cut JSON text does not parse.
 */
public final class TruncatedHtml {

    private static final String[] OPENINGS = {"<html", "<body"};
    private static final String[] CLOSINGS = {"</html", "</body"};

    private TruncatedHtml() {
    }

    /**
     * Why the page looks cut short, written for a person, or empty when it ends as a whole page does.
     *
     * @param what what the page is, as a person would name it ("the details page")
     */
    public static Optional<String> reason(String text, String what) {
        if (text == null || !opens(text)) {
            return Optional.empty();
        }
        if (closes(text)) {
            return Optional.empty();
        }
        return Optional.of(what + " is cut short and unreadable: it opens <html> but ends before </body> and"
                + " </html> (" + text.length() + " characters received); the page must be fetched again");
    }

    /** True when the text opens the document or its body. */
    private static boolean opens(String text) {
        for (String tag : OPENINGS) {
            if (indexOfIgnoreCase(text, tag) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text closes the body or the document anywhere (searched from the end, where they stand). */
    private static boolean closes(String text) {
        for (int i = text.length() - 2; i >= 0; i--) {
            if (text.charAt(i) == '<' && text.charAt(i + 1) == '/') {
                for (String tag : CLOSINGS) {
                    if (text.regionMatches(true, i, tag, 0, tag.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String text, String lowerTag) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, lowerTag, 0, lowerTag.length())) {
                return i;
            }
        }
        return -1;
    }
}
