package io.appaudit.stores.oppo;

import io.appaudit.stores.kit.HtmlFragment;
import io.appaudit.stores.kit.Text;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Store text that may carry HTML, as plain text: tags dropped, entities decoded, paragraphs kept as lines. */
final class PlainText {

    /** Elements that start a new line; a {@code br} also counts as one (so it gives two breaks, as it always did). */
    private static final Set<String> BLOCKS = Set.of("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> DROPPED = Set.of("script", "style");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private PlainText() {
    }

    /** Plain text of an HTML fragment; null (unknown) when nothing readable is left. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        Lines lines = new Lines();
        HtmlFragment.traverse(html, lines);
        return lines.text();
    }

    /** Plain text of an element's content, one line per block. */
    static String of(Element element) {
        Lines lines = new Lines();
        HtmlFragment.traverse(element, lines);
        return lines.text();
    }

    /** The text with a line break before every block, script and style content left out. */
    private static final class Lines implements HtmlFragment.Visitor {
        private final StringBuilder sb = new StringBuilder();
        private int dropped;

        @Override
        public void text(String text) {
            if (dropped == 0) {
                sb.append(text);
            }
        }

        @Override
        public void head(String tag) {
            if (DROPPED.contains(tag)) {
                dropped++;
            } else if (dropped == 0 && BLOCKS.contains(tag)) {
                sb.append(tag.equals("br") ? "\n\n" : "\n");
            }
        }

        @Override
        public void tail(String tag) {
            if (DROPPED.contains(tag)) {
                dropped--;
            }
        }

        String text() {
            StringBuilder out = new StringBuilder(sb.length());
            for (String line : sb.toString().split("\n")) {
                String l = SPACES.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
                if (!l.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "\n").append(l);
                }
            }
            return Text.clean(out.toString());
        }
    }
}
