package io.appaudit.stores.kit;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Store text that may carry HTML (descriptions, release notes), as the plain text a reader of the store sees: tags
 * dropped, entities decoded, script and style content left out, a line break at each {@code <br>} and around each
 * block element ({@code p}, {@code div}, {@code li}, headings, ...), runs of spaces inside a line (tabs, no-break and
 * ideographic spaces too) one space, lines trimmed. A line break already in a store's text field is a line break (the
 * apps show it); in an element of a web page it is a space, as a browser renders it. Two forms, because the stores'
 * apps show paragraphs two ways: {@link #lines} (every paragraph a line of its own, no blank lines: OPPO, Tencent,
 * Xiaomi) and {@link #paragraphs} (a blank line between paragraphs, never two: Huawei, vivo). Nothing readable left
 * gives empty.
 */
public final class PlainText {

    /** Elements a browser starts and ends on a line of their own (jsoup's block elements that hold text). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "tr", "table", "caption", "section", "article", "header", "footer", "nav", "aside",
            "main", "address", "figure", "figcaption", "blockquote", "pre", "hr", "center");
    /** Blocks a browser sets apart by a margin: in {@link #paragraphs}, a blank line before and after them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
            "table", "blockquote", "pre");
    /** Elements whose content is no text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template");
    private static final char LINE_TABULATION = 0x0b;

    private PlainText() {
    }

    /** A store text field as plain text, one line per paragraph and no blank lines. */
    public static Optional<String> lines(String html) {
        return html == null ? Optional.empty() : Text.present(tidy(raw(html, false), false));
    }

    /** A web page element's content as plain text, one line per paragraph and no blank lines. */
    public static Optional<String> lines(Element element) {
        Collector text = new Collector(true, false);
        HtmlFragment.traverse(element, text);
        return Text.present(tidy(text.sb.toString(), false));
    }

    /** A store text field as plain text, a blank line between paragraphs (and at most one anywhere). */
    public static Optional<String> paragraphs(String html) {
        return html == null ? Optional.empty() : Text.present(tidy(raw(html, true), true));
    }

    /** The fragment's text with a line break for each break and block boundary; text without markup as it is. */
    private static String raw(String html, boolean paragraphs) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html; // the usual store text: nothing to parse
        }
        Collector text = new Collector(false, paragraphs);
        HtmlFragment.traverse(html, text);
        return text.sb.toString();
    }

    /**
     * Collapses spaces inside lines and trims them; drops blank lines, or keeps one blank line between paragraphs
     * (none before the first or after the last).
     */
    private static String tidy(String raw, boolean paragraphs) {
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder line = new StringBuilder();
        boolean blankPending = false;
        int n = raw.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                boolean space = c == ' ' || c == '\t' || c == '\f' || c == LINE_TABULATION || c == '\u00a0'
                        || c == '\u3000';
                if (!space || (line.length() > 0 && line.charAt(line.length() - 1) != ' ')) {
                    line.append(space ? ' ' : c);
                }
                continue;
            }
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++; // \r\n is one line break
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            if (end == 0) {
                blankPending = paragraphs && out.length() > 0;
            } else {
                if (out.length() > 0) {
                    out.append(blankPending ? "\n\n" : "\n");
                }
                out.append(line, 0, end);
                blankPending = false;
            }
            line.setLength(0);
        }
        return out.toString();
    }

    /**
     * The text with a line break at each {@code <br>}, each block on lines of its own, an empty line around each
     * paragraph when they are kept, and dropped content left out.
     */
    private static final class Collector implements HtmlFragment.Visitor {
        private final StringBuilder sb = new StringBuilder();
        /** True for a web page, where a line break in the source is a space. */
        private final boolean rendered;
        private final boolean paragraphs;
        private int dropped;

        Collector(boolean rendered, boolean paragraphs) {
            this.rendered = rendered;
            this.paragraphs = paragraphs;
        }

        @Override
        public void text(String text) {
            if (dropped == 0) {
                sb.append(rendered ? text.replace('\n', ' ').replace('\r', ' ') : text);
            }
        }

        @Override
        public void head(String tag) {
            if (DROPPED.contains(tag)) {
                dropped++;
            } else if (dropped == 0 && tag.equals("br")) {
                sb.append('\n');
            } else if (dropped == 0) {
                blockBoundary(tag);
            }
        }

        @Override
        public void tail(String tag) {
            if (DROPPED.contains(tag)) {
                dropped--;
            } else if (dropped == 0) {
                blockBoundary(tag);
            }
        }

        /** A block starts or ends on a new line (one, however many blocks meet); a paragraph also leaves one empty. */
        private void blockBoundary(String tag) {
            if (!BLOCKS.contains(tag)) {
                return;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            if (paragraphs && PARAGRAPHS.contains(tag)) {
                sb.append('\n');
            }
        }
    }
}
