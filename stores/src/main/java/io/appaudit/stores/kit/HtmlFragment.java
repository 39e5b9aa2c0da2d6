package io.appaudit.stores.kit;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Store text that may carry HTML (descriptions with {@code <p>}, {@code <br>} and entities), read exactly as jsoup
 * reads it as a body fragment, without building a document when the markup is simple. Simple means: tags of
 * {@link SimpleMarkup} only, properly nested (for the text alone, nesting does not matter), no comments, no rare
 * entities; for that subset the tree jsoup builds is the tag sequence itself. Anything else is handed to jsoup, so
 * every input gets jsoup's result.
 */
public final class HtmlFragment {

    /** What a traversal of the fragment sees, in document order; the body element itself is not reported. */
    public interface Visitor {
        /** A text node's whole (decoded, unnormalised) text; adjacent text may come in one call or several. */
        void text(String text);

        /** An element starts (its lower-case name). */
        void head(String tag);

        /** An element ends, after its content; void elements end right after they start. */
        void tail(String tag);
    }

    private HtmlFragment() {
    }

    /** Visits the fragment as a jsoup traversal of {@code Jsoup.parseBodyFragment(html).body()} would. */
    public static void traverse(String html, Visitor visitor) {
        List<Object> events = SimpleMarkup.scan(html);
        if (events == null) {
            traverseWithJsoup(html, visitor);
            return;
        }
        SimpleMarkup.replay(events, visitor);
    }

    /** False when no text node of the element's own has text: its own text is blank (so it is no label). */
    public static boolean hasOwnText(Element el) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Visits an element's descendants (not the element itself) with the same events as {@link #traverse}. */
    public static void traverse(Element root, Visitor visitor) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    visitor.text(t.getWholeText());
                } else if (node instanceof Element e && node != root) {
                    visitor.head(e.normalName());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != root) {
                    visitor.tail(e.normalName());
                }
            }
        }, root);
    }

    /** The slow path, and the reference the fast path is tested against. */
    static void traverseWithJsoup(String html, Visitor visitor) {
        traverse(Jsoup.parseBodyFragment(html).body(), visitor);
    }
}
