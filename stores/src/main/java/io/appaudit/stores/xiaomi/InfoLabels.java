package io.appaudit.stores.xiaomi;

import io.appaudit.stores.kit.HtmlFragment;
import io.appaudit.stores.kit.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The label/value pairs of a details page's info area, found by label text so both layouts read alike: the current
 * {@code <div><div>版本号</div><div>8.0.50</div></div>} pairs inside {@code div.float-left} / {@code div.float-right},
 * and the older (≤ 2020) {@code <li class="weight-font">版本号：</li><li>8.0.50</li>} items of {@code ul.cf}.
 */
final class InfoLabels {

    /** The info area: where label/value pairs are looked for, and part of the app's own text. */
    static final String SCOPE = "div.details, div.float-left, div.float-right";

    static final String SIZE = "软件大小";
    static final String VERSION = "版本号";
    static final String UPDATED = "更新时间";
    static final String PACKAGE = "包名";
    static final String APP_ID = "appid";
    static final String DEVELOPER = "开发者";
    static final String PRIVACY = "隐私政策";
    static final String PERMISSIONS = "应用权限";
    /** The older layout's permission label, whose value is only a "查看详情" link to {@code ul.second-ul}. */
    static final String PERMISSIONS_OLD = "权限";

    private static final Set<String> KNOWN = Set.of(SIZE, VERSION, UPDATED, PACKAGE, APP_ID, DEVELOPER, PRIVACY,
            PERMISSIONS, PERMISSIONS_OLD);

    /** A label element and the element after it that holds its value (absent when the label stands alone). */
    record Pair(Element label, Optional<Element> value) {
    }

    /** Page chrome that may reuse the layout classes but is never the app's info area. */
    private static final String CHROME = "header, footer, div.header, div.footer";

    // Parsed once: jsoup parses a selector string on every call; evaluators keep no state between uses.
    private static final Evaluator SELECT_SCOPE = QueryParser.parse(SCOPE);
    private static final Evaluator SELECT_CHROME = QueryParser.parse(CHROME);
    private static final Evaluator SELECT_DETAILS = QueryParser.parse("div.details");

    private final Map<String, Pair> pairs;
    private final List<Element> blocks;

    private InfoLabels(Map<String, Pair> pairs, List<Element> blocks) {
        this.pairs = pairs;
        this.blocks = blocks;
    }

    static InfoLabels of(Document doc) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        List<Element> blocks = new ArrayList<>();
        // Scopes nest (div.float-left sits in div.details): an element's label is read once, however often it is seen.
        Map<Element, String> labels = new IdentityHashMap<>();
        for (Element scope : doc.select(SELECT_SCOPE)) {
            if (scope.closest(SELECT_CHROME) != null) {
                continue;
            }
            boolean labelled = false;
            for (Element e : scope.getAllElements()) {
                String label = labels.computeIfAbsent(e,
                        el -> HtmlFragment.hasOwnText(el) ? normalise(el.ownText()) : "");
                if (KNOWN.contains(label)) {
                    labelled = true;
                    pairs.putIfAbsent(label, new Pair(e, Optional.ofNullable(e.nextElementSibling())));
                }
            }
            if (labelled || scope.is(SELECT_DETAILS)) {
                blocks.add(scope);
            }
        }
        return new InfoLabels(pairs, List.copyOf(blocks));
    }

    /** The info area's elements that carry the app's labels: the page's own text, never its chrome. */
    List<Element> blocks() {
        return blocks;
    }

    Optional<Pair> pair(String label) {
        return Optional.ofNullable(pairs.get(label));
    }

    /** The value's text, blank being unknown. */
    Optional<String> text(String label) {
        return pair(label).flatMap(Pair::value).flatMap(v -> Text.present(v.text()));
    }

    /** The labels a healthy page has and this one lacks, in the order asked. */
    List<String> missing(List<String> required) {
        return required.stream().filter(l -> text(l).isEmpty()).toList();
    }

    /** {@code "appId："} → {@code "appid"}: colons (either width) and spaces dropped, ASCII lower-cased. */
    static String normalise(String label) {
        String s = Text.clean(label);
        if (s == null || s.length() > 12) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // what the regex [\s:：] drops: space, \t, \n, \x0B, \f, \r and both colons
            if (c != ' ' && (c < '\t' || c > '\r') && c != ':' && c != '：') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
