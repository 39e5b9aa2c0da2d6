package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.TruncatedHtml;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the requested app on an sj.qq.com detail page: the {@code GameDetail} component (also used for non-games),
 * then its {@code itemData} entry whose {@code pkg_name} is the package asked for. A healthy page has that entry with
 * a {@code name}; anything else is "not listed", a block, or drift, decided here.
 */
final class DetailPage {

    static final String DETAIL_COMPONENT = "GameDetail";
    static final String NAME = "name";

    /** What the primary response came to. */
    sealed interface Outcome {
        /** The page holds the app. */
        record Found(Document doc, JsonNode json, List<JsonNode> components, JsonNode item, String itemPath)
                implements Outcome {
        }

        /** The page settles the result without a listing: not listed, or a problem. */
        record Settled(ListingResult result) implements Outcome {
        }
    }

    private DetailPage() {
    }

    static Outcome read(StoreResponse response, String pkg) {
        String url = response.url();
        if (PageSignals.notFoundStatus(response.status())) {
            return notListed(pkg, url, "HTTP " + response.status());
        }
        Optional<ParseProblem.Kind> statusProblem = PageSignals.statusProblem(response.status());
        if (statusProblem.isPresent()) {
            return problem(pkg, url, statusProblem.get(), List.of(), "HTTP " + response.status());
        }
        String text = response.text();
        Optional<String> cut = TruncatedHtml.reason(text, "the detail page");
        if (cut.isPresent()) {
            return problem(pkg, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of("</html>"), cut.get());
        }
        Document doc = Jsoup.parse(text, url);
        boolean notFoundTitle = doc.title().contains(PageSignals.NOT_FOUND_TITLE);
        NextData.Script script = NextData.of(doc);
        if (!(script instanceof NextData.Script.Read read)) {
            if (notFoundTitle) {
                return notListed(pkg, url, "title says " + PageSignals.NOT_FOUND_TITLE);
            }
            if (PageSignals.looksBlocked(text)) {
                return problem(pkg, url, ParseProblem.Kind.BLOCKED, List.of(NextData.SCRIPT_ID),
                        "a captcha or verification page instead of the detail page");
            }
            String what = script instanceof NextData.Script.Absent ? "no " : "an unreadable (not JSON) ";
            return problem(pkg, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(NextData.SCRIPT_ID),
                    "the page has " + what + NextData.SCRIPT_ID + " script");
        }
        JsonNode json = read.json();
        if (NextData.isNotFoundPage(json)) {
            return notListed(pkg, url, "Next.js not-found page");
        }
        if (NextData.isErrorPage(json)) {
            return problem(pkg, url, ParseProblem.Kind.HTTP_STATUS, List.of(), "Next.js error page, status "
                    + JsonTree.text(json, NextData.ERROR_STATUS).orElse("unknown"));
        }
        Optional<List<JsonNode>> components = NextData.components(json);
        if (components.isEmpty()) {
            return notFoundTitle ? notListed(pkg, url, "title says " + PageSignals.NOT_FOUND_TITLE)
                    : drift(pkg, url, NextData.COMPONENTS);
        }
        String detailPath = NextData.COMPONENTS + "[" + NextData.COMPONENT_NAME + "=" + DETAIL_COMPONENT + "]";
        Optional<JsonNode> detail = NextData.component(components.get(), DETAIL_COMPONENT);
        if (detail.isEmpty()) {
            return notFoundTitle ? notListed(pkg, url, "title says " + PageSignals.NOT_FOUND_TITLE)
                    : drift(pkg, url, detailPath);
        }
        String itemsPath = detailPath + "." + NextData.COMPONENT_ITEMS;
        Optional<List<JsonNode>> items = NextData.items(detail.get());
        if (items.isEmpty()) {
            return drift(pkg, url, itemsPath);
        }
        String itemPath = itemsPath + "[" + NextData.PACKAGE + "=" + pkg + "]";
        Optional<JsonNode> item = items.get().stream()
                .filter(i -> pkg.equals(JsonTree.text(i, NextData.PACKAGE).orElse(null))).findFirst();
        if (item.isEmpty()) {
            return missingItem(pkg, url, items.get(), itemsPath, notFoundTitle);
        }
        if (JsonTree.text(item.get(), NAME).isEmpty()) {
            return drift(pkg, url, itemPath + "." + NAME);
        }
        return new Outcome.Found(doc, json, components.get(), item.get(), itemPath);
    }

    private static Outcome missingItem(String pkg, String url, List<JsonNode> items, String itemsPath,
                                       boolean notFoundTitle) {
        if (items.isEmpty()) {
            return notListed(pkg, url, DETAIL_COMPONENT + " lists no app");
        }
        List<String> shown = items.stream().map(i -> JsonTree.text(i, NextData.PACKAGE))
                .flatMap(Optional::stream).collect(Collectors.toList());
        if (shown.isEmpty()) {
            return drift(pkg, url, itemsPath + "[]." + NextData.PACKAGE);
        }
        if (notFoundTitle) {
            return notListed(pkg, url, "title says " + PageSignals.NOT_FOUND_TITLE);
        }
        // The store answers an unknown or withdrawn package with another app's page: that is "not listed".
        return notListed(pkg, url, DETAIL_COMPONENT + " shows other packages only: " + String.join(", ", shown));
    }

    private static Outcome notListed(String pkg, String url, String reason) {
        return new Outcome.Settled(new ListingResult.NotListed(StoreId.TENCENT, pkg, url, reason));
    }

    private static Outcome drift(String pkg, String url, String missing) {
        return problem(pkg, url, ParseProblem.Kind.DRIFT, List.of(missing), "the detail page lacks " + missing);
    }

    private static Outcome problem(String pkg, String url, ParseProblem.Kind kind, List<String> missing,
                                   String message) {
        return new Outcome.Settled(ListingResult.Problem.of(StoreId.TENCENT, pkg, url, kind, missing, message));
    }
}
