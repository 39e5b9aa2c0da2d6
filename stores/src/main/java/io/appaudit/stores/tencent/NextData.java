package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.kit.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Next.js data sj.qq.com embeds in every page ({@code <script id="__NEXT_DATA__">}): the apps a page shows sit in
 * components found by their {@code data.name}, never by position or by CSS class (class names carry build hashes).
 */
final class NextData {

    static final String SCRIPT_ID = "__NEXT_DATA__";
    static final String COMPONENTS = "props.pageProps.dynamicCardResponse.data.components";
    static final String COMPONENT_NAME = "data.name";
    static final String ITEM_DATA = "itemData";
    static final String COMPONENT_ITEMS = "data." + ITEM_DATA;
    static final String PACKAGE = "pkg_name";
    /** Next.js names its error pages by route; an error rendered with status 200 still says so here. */
    static final String NOT_FOUND_PAGE = "/404";
    static final List<String> ERROR_PAGES = List.of("/_error", "/500");
    static final String ERROR_STATUS = "props.pageProps.statusCode";

    /** What the page's data script held. */
    sealed interface Script {
        record Absent() implements Script {
        }

        record Unreadable() implements Script {
        }

        record Read(JsonNode json) implements Script {
        }
    }

    private NextData() {
    }

    static Script of(Document doc) {
        Element script = doc.getElementById(SCRIPT_ID);
        if (script == null) {
            // The script's JSON saved on its own (what a browser's developer tools copy) reads the same.
            Optional<JsonNode> bare = JsonTree.parse(doc.body() == null ? "" : doc.body().wholeText().strip())
                    .filter(n -> n.isObject() && n.has("props"));
            return bare.<Script>map(Script.Read::new).orElseGet(Script.Absent::new);
        }
        Optional<JsonNode> json = JsonTree.parse(script.data()).filter(JsonNode::isObject);
        return json.<Script>map(Script.Read::new).orElseGet(Script.Unreadable::new);
    }

    /** True when the data is Next.js's "not found" page (its route, or a 404 status in the page props). */
    static boolean isNotFoundPage(JsonNode json) {
        return JsonTree.text(json, "page").filter(NOT_FOUND_PAGE::equals).isPresent()
                || JsonTree.number(json, ERROR_STATUS).filter(s -> s == 404 || s == 410).isPresent();
    }

    /** True when the data is Next.js's page for any other error (a server error rendered as a page). */
    static boolean isErrorPage(JsonNode json) {
        return JsonTree.text(json, "page").filter(ERROR_PAGES::contains).isPresent();
    }

    /** The component objects, when the page has the components array at all. */
    static Optional<List<JsonNode>> components(JsonNode json) {
        return JsonTree.at(json, COMPONENTS).filter(JsonNode::isArray).map(a -> {
            List<JsonNode> out = new ArrayList<>();
            a.forEach(c -> {
                if (c.isObject()) {
                    out.add(c);
                }
            });
            return out;
        });
    }

    /** The first component whose {@code data.name} is the given name. */
    static Optional<JsonNode> component(List<JsonNode> components, String name) {
        return components.stream().filter(c -> name.equals(name(c).orElse(null))).findFirst();
    }

    static Optional<String> name(JsonNode component) {
        return JsonTree.text(component, COMPONENT_NAME);
    }

    /**
     * A component's item objects. The array sometimes arrives as a JSON string (public crawlers decode it twice), so
     * a string is parsed once more. Empty when the component has no item array at all.
     */
    static Optional<List<JsonNode>> items(JsonNode component) {
        return JsonTree.at(component, COMPONENT_ITEMS).flatMap(NextData::objects);
    }

    /** The objects of an array node, or of an array a string node holds as JSON text. */
    static Optional<List<JsonNode>> objects(JsonNode node) {
        JsonNode array = node;
        if (node.isTextual()) {
            array = JsonTree.parse(node.asText()).orElse(null);
        }
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> out = new ArrayList<>();
        array.forEach(i -> {
            if (i.isObject()) {
                out.add(i);
            }
        });
        return Optional.of(out);
    }
}
