package io.appaudit.stores.vivo;

import io.appaudit.stores.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * vivo's {@code introduction} as plain text: the store sends an HTML fragment ({@code <br>}, {@code <p>}, entities)
 * and sometimes bare newlines; line breaks are kept, markup and runs of spaces are not.
 */
final class IntroductionText {

    /** Elements that start a new line when rendered. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt");

    private IntroductionText() {
    }

    /** The plain text of an HTML fragment; null for blank input or input that holds no text. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        sb.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return tidy(sb.toString());
    }

    /** Collapses spaces inside lines, trims lines, and keeps at most one blank line between paragraphs. */
    private static String tidy(String raw) {
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("[ \\t\\f\\x0B]+", " ").strip();
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
