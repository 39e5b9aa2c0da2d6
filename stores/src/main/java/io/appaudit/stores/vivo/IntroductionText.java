package io.appaudit.stores.vivo;

import io.appaudit.stores.HtmlFragment;
import io.appaudit.stores.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * vivo's {@code introduction} as plain text: the store sends an HTML fragment ({@code <br>}, {@code <p>}, entities)
 * and sometimes bare newlines; line breaks are kept, markup and runs of spaces are not.
 */
final class IntroductionText {

    /** Elements that start a new line when rendered. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\x0B]+");

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
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = SPACES.matcher(line.replace('\u00a0', ' ').replace('\u3000', ' ')).replaceAll(" ").strip();
            if (l.isEmpty()) {
                if (!blank) {
                    lines.add("");
                }
                blank = true;
            } else {
                lines.add(l);
                blank = false;
            }
        }
        return Text.clean(String.join("\n", lines));
    }
}
