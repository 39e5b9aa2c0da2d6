package io.appaudit.stores.kit;

import java.util.List;
import java.util.Set;
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

    private static final Set<String> BREAK_ONLY = Set.of("br");
    /** End tags that {@link #breaksAsNewlines} turns into line breaks (their names start differently). */
    private static final List<String> CLOSING_BREAKS = List.of("p", "div", "li");

    private HtmlFragment() {
    }

    /** Visits the fragment as a jsoup traversal of {@code Jsoup.parseBodyFragment(html).body()} would. */
    public static void traverse(String html, Visitor visitor) {
        List<Object> events = SimpleMarkup.scan(html, true);
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

    /** {@code Jsoup.parseBodyFragment(html).body().wholeText()}: the text nodes, and a line break per {@code <br>}. */
    public static String wholeText(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0 && html.indexOf('\0') < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length());
        Visitor text = new Visitor() {
            @Override
            public void text(String text) {
                sb.append(text);
            }

            @Override
            public void head(String tag) {
                if (BREAK_ONLY.contains(tag)) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(String tag) {
                // nothing: wholeText adds nothing when an element ends
            }
        };
        List<Object> events = SimpleMarkup.scan(html, false);
        if (events == null) {
            traverseWithJsoup(html, text);
        } else {
            SimpleMarkup.replay(events, text);
        }
        return sb.toString();
    }

    /**
     * The text with a line break for each {@code <br>}, {@code <br/>}, {@code </p>}, {@code </div>} and {@code </li>}
     * (any letter case, spaces before the {@code >}): what {@code (?i)<br\s*\/?>|</p\s*>|</div\s*>|</li\s*>}
     * replaced by {@code "\n"} gives, found without a regex.
     */
    public static String breaksAsNewlines(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) {
            return html;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = lt; i >= 0; i = html.indexOf('<', i + 1)) {
            int end = breakEnd(html, i);
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, i).append('\n');
            copied = end;
            i = end - 1;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The index after a line-breaking tag starting at {@code lt}, or -1 when none starts there. */
    private static int breakEnd(String s, int lt) {
        boolean close = lt + 1 < s.length() && s.charAt(lt + 1) == '/';
        int i = -1;
        if (close) {
            for (String name : CLOSING_BREAKS) {
                i = Math.max(i, nameEnd(s, lt + 2, name));
            }
        } else {
            i = nameEnd(s, lt + 1, "br");
        }
        if (i < 0) {
            return -1;
        }
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        if (!close && i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '>' ? i + 1 : -1;
    }

    /** The index after {@code name} (ASCII, any case) at {@code from}, or -1. */
    private static int nameEnd(String s, int from, String name) {
        return s.regionMatches(true, from, name, 0, name.length()) && isAsciiRun(s, from, name.length())
                ? from + name.length() : -1;
    }

    /** True when the characters matched are ASCII: the regex's (?i) folds ASCII case only. */
    private static boolean isAsciiRun(String s, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The regex {@code \s}: space, tab, line feed, line tabulation, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The slow path, and the reference the fast path is tested against. */
    static void traverseWithJsoup(String html, Visitor visitor) {
        traverse(Jsoup.parseBodyFragment(html).body(), visitor);
    }
}
