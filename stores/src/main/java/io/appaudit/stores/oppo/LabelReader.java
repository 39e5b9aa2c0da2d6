package io.appaudit.stores.oppo;

import io.appaudit.stores.kit.AbsoluteLinks;
import io.appaudit.stores.kit.HtmlFragment;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds label/value pairs on a page whose markup is unknown, by label text only: {@code <li>版本：1.0</li>},
 * {@code <dt>版本</dt><dd>1.0</dd>}, {@code <span>版本</span><span>1.0</span>}, {@code <a href=…>隐私政策</a>}.
 * The first occurrence of a label wins; footers and copyright blocks are never read (they carry the store's
 * own ICP number, not the app's).
 */
final class LabelReader {

    /** An inline label is up to 12 characters (code points) before the first colon: {@code 版本：1.0}. */
    private static final int INLINE_LABEL_MAX = 12;
    private static final List<String> EXCLUDED_MARKS = List.of("foot", "copyright");
    /** Selectors parsed once; jsoup's evaluators keep no state between uses (structural ones keep it per thread). */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator LIST_ITEMS = QueryParser.parse("li");

    /** Where one label's value was found; {@code valueText} is the value element's text, once read. */
    private record Found(Element label, Element value, String inline, String valueText) {
    }

    private final Map<LandingLabel, Found> found = new EnumMap<>(LandingLabel.class);

    private LabelReader() {
    }

    static LabelReader read(Element root) {
        LabelReader r = new LabelReader();
        boolean rootExcluded = excluded(root);
        // whether each open element is excluded: a parent's answer is known before its children are visited
        Deque<Boolean> excludedStack = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                boolean excluded = el == root ? rootExcluded : excludedStack.peek() || marked(el);
                excludedStack.push(excluded);
                // an element without a non-blank text node of its own has no own text: skip building it
                if (!excluded && HtmlFragment.hasOwnText(el)) {
                    String own = Text.clean(el.ownText());
                    if (own != null && own.length() <= 200) {
                        r.inline(el, own);
                        r.pair(el, own);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    excludedStack.pop();
                }
            }
        }, root);
        return r;
    }

    private void inline(Element el, String own) {
        Optional<LandingLabel> label = inlineLabel(own);
        if (label.isEmpty() || found.containsKey(label.get())) {
            return;
        }
        String full = Text.clean(el.text());
        int colon = full == null ? -1 : indexOfColon(full);
        String rest = colon < 0 ? null : Text.clean(full.substring(colon + 1));
        if (rest != null) {
            found.put(label.get(), new Found(el, el, rest, null));
            return;
        }
        value(el.nextElementSibling())
                .ifPresent(v -> found.put(label.get(), new Found(el, v.element(), null, v.text())));
    }

    private void pair(Element el, String own) {
        Optional<LandingLabel> label = LandingLabel.of(own);
        if (label.isEmpty() || found.containsKey(label.get()) || !own.equals(Text.clean(el.text()))) {
            return;
        }
        if (el.normalName().equals("a") && el.hasAttr("href")) {
            found.put(label.get(), new Found(el, el, null, null));
            return;
        }
        Element next = el.nextElementSibling();
        if (next == null && el.parent() != null && el.parent().childrenSize() == 1) {
            next = el.parent().nextElementSibling();
        }
        value(next).ifPresent(v -> found.put(label.get(), new Found(el, v.element(), null, v.text())));
    }

    /** A value element and its cleaned text (null when blank). */
    private record Value(Element element, String text) {
    }

    /** The candidate as a value; none when absent, in a footer, or itself a label ("大小：…" after an empty "版本："). */
    private static Optional<Value> value(Element candidate) {
        if (candidate == null || excluded(candidate)) {
            return Optional.empty();
        }
        String t = Text.clean(candidate.text());
        if (t != null && (LandingLabel.of(t).isPresent() || inlineLabel(t).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new Value(candidate, t));
    }

    /** The label before the first colon of {@code 版本：1.0}, when 1–12 characters precede it. */
    private static Optional<LandingLabel> inlineLabel(String text) {
        int colon = indexOfColon(text);
        if (colon < 1) {
            return Optional.empty();
        }
        int length = Character.codePointCount(text, 0, colon);
        return length > INLINE_LABEL_MAX ? Optional.empty() : LandingLabel.of(text.substring(0, colon));
    }

    /** The value as one line of text. */
    Optional<String> text(LandingLabel label) {
        Found f = found.get(label);
        if (f == null) {
            return Optional.empty();
        }
        if (f.inline() != null) {
            return Optional.of(f.inline());
        }
        if (f.value() == f.label()) {
            return Optional.empty();
        }
        return Optional.ofNullable(f.valueText());
    }

    /** The value with its line breaks (descriptions). */
    Optional<String> block(LandingLabel label) {
        Found f = found.get(label);
        if (f == null || f.value() == f.label()) {
            return f == null ? Optional.empty() : Optional.ofNullable(f.inline());
        }
        return PlainText.lines(f.value());
    }

    /** The absolute http(s) link the label is, or that its value holds. */
    Optional<String> link(LandingLabel label) {
        Found f = found.get(label);
        if (f == null) {
            return Optional.empty();
        }
        Element a = f.value().normalName().equals("a") ? f.value() : f.value().selectFirst(LINKS);
        if (a == null && f.label().normalName().equals("a")) {
            a = f.label();
        }
        return a == null ? Optional.empty() : Text.present(AbsoluteLinks.of(a, "href")).filter(PlainUrls::isHttp);
    }

    /** List items under the value, or its text when it has none. */
    Optional<List<String>> items(LandingLabel label) {
        Found f = found.get(label);
        if (f == null || f.value() == f.label()) {
            return text(label).map(List::of);
        }
        List<String> out = new ArrayList<>();
        for (Element li : f.value().select(LIST_ITEMS)) {
            Text.present(li.text()).ifPresent(out::add);
        }
        return out.isEmpty() ? text(label).map(List::of) : Optional.of(out);
    }

    /** All values found, for a filing-number search over the listing's own text. */
    String allText() {
        StringBuilder sb = new StringBuilder();
        for (LandingLabel l : found.keySet()) {
            block(l).ifPresent(v -> sb.append(v).append('\n'));
        }
        return sb.toString();
    }

    /** Footers and copyright blocks belong to the store, not to the listing. */
    static boolean excluded(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (marked(e)) {
                return true;
            }
        }
        return false;
    }

    /** A footer element, or an id or class naming a footer or copyright block. */
    private static boolean marked(Element e) {
        return e.normalName().equals("footer") || marks(e.id()) || marks(e.className());
    }

    private static boolean marks(String idOrClass) {
        if (idOrClass.isEmpty()) {
            return false;
        }
        String lower = idOrClass.toLowerCase(Locale.ROOT);
        for (String mark : EXCLUDED_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf(':');
        int b = s.indexOf('：');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
