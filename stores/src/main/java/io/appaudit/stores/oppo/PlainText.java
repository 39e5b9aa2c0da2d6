package io.appaudit.stores.oppo;

import io.appaudit.stores.Text;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Store text that may carry HTML, as plain text: tags dropped, entities decoded, paragraphs kept as lines. */
final class PlainText {

    private static final String BLOCKS = "br, p, div, li, tr, h1, h2, h3, h4, h5, h6";

    private PlainText() {
    }

    /** Plain text of an HTML fragment; null (unknown) when nothing readable is left. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Plain text of an element's content, one line per block. */
    static String of(Element element) {
        Element copy = element.clone();
        copy.select("script, style").remove();
        copy.select(BLOCKS).forEach(e -> {
            if (e != copy) {
                e.before(new TextNode("\n"));
            }
        });
        String joined = Arrays.stream(copy.wholeText().split("\n"))
                .map(line -> line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return Text.clean(joined);
    }
}
