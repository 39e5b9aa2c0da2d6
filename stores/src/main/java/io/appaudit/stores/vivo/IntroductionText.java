package io.appaudit.stores.vivo;

import io.appaudit.stores.kit.HtmlFragment;
import io.appaudit.stores.kit.Text;
import java.util.Set;

/**
 * vivo's {@code introduction} as plain text: the store sends an HTML fragment ({@code <br>}, {@code <p>}, entities)
 * and sometimes bare newlines; line breaks are kept, markup and runs of spaces are not.
 */
final class IntroductionText {

    /** Elements that start a new line when rendered. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt");

    private static final char LINE_TABULATION = 0x0b;

    private IntroductionText() {
    }

    /** The plain text of an HTML fragment; null for blank input or input that holds no text. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(html.length());
        HtmlFragment.traverse(html, new HtmlFragment.Visitor() {
            @Override
            public void text(String text) {
                sb.append(text);
            }

            @Override
            public void head(String tag) {
                if (tag.equals("br") || BLOCKS.contains(tag)) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(String tag) {
                if (BLOCKS.contains(tag)) {
                    sb.append('\n');
                }
            }
        });
        return tidy(sb.toString());
    }

    /** Collapses spaces inside lines, trims lines, and keeps at most one blank line between paragraphs. */
    private static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder line = new StringBuilder();
        boolean blank = true;
        int n = raw.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                // no-break and ideographic spaces are spaces; runs of spaces, tabs, form and line tabulations one space
                char s = c == '\u00a0' || c == '\u3000' ? ' ' : c;
                boolean space = s == ' ' || s == '\t' || s == '\f' || s == LINE_TABULATION;
                if (!space || line.length() == 0 || line.charAt(line.length() - 1) != ' ') {
                    line.append(space ? ' ' : s);
                }
                continue;
            }
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++; // \r\n is one line break
            }
            String l = line.toString().strip();
            line.setLength(0);
            if (l.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(l).append('\n');
                blank = false;
            }
        }
        return Text.clean(out.toString());
    }
}
