package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.PackageName;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import io.appaudit.stores.kit.TruncatedHtml;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads {@code https://app.mi.com/details?id=<package>}. A healthy page has the app block ({@code div.intro-titles})
 * with the name in its {@code h3} and a 包名 label in the info area; the generic store page (title
 * 手机游戏应用商店…) without an app block means the store does not list the package.
 */
final class XiaomiListingReader {

    static final String APP_BLOCK = "div.intro-titles";
    static final String NAME = "div.intro-titles h3";
    static final String GENERIC_TITLE = "手机游戏应用商店";
    /** The intro: icon, titles, rating and download button. */
    static final String APP_AREA = "div.app-info";
    static final String CATEGORY = "p.special-font";
    static final String STARS = "[class*=star1-hover]";
    static final String RATING_COUNT = "span.app-intro-comment";
    static final String TEXT_AREA = "div.app-text";
    static final String PARAGRAPHS = "div.app-text p.pslide";
    static final String PERMISSION_LIST_OLD = "ul.second-ul";

    static final String EXTRA_APP_ID = "appId";
    static final String EXTRA_RATING_COUNT = "rating.count";

    // The selectors parsed once: jsoup parses a selector string on every call. Evaluators keep no state between
    // uses (the structural ones keep it per thread), so the constants are safe to share.
    private static final Evaluator SELECT_APP_BLOCK = QueryParser.parse(APP_BLOCK);
    private static final Evaluator SELECT_H3 = QueryParser.parse("h3");
    private static final Evaluator SELECT_APP_AREA = QueryParser.parse(APP_AREA);
    private static final Evaluator SELECT_CATEGORY = QueryParser.parse(CATEGORY);
    private static final Evaluator SELECT_STARS = QueryParser.parse(STARS);
    private static final Evaluator SELECT_RATING_COUNT = QueryParser.parse(RATING_COUNT);
    private static final Evaluator SELECT_TEXT_AREA = QueryParser.parse(TEXT_AREA);
    private static final Evaluator SELECT_PARAGRAPHS = QueryParser.parse(PARAGRAPHS);
    private static final Evaluator SELECT_PERMISSION_LIST_OLD = QueryParser.parse(PERMISSION_LIST_OLD);
    static final Evaluator SELECT_LINKS = QueryParser.parse("a[href]");
    private static final Evaluator SELECT_LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator SELECT_ITEMS = QueryParser.parse("li");
    private static final Evaluator SELECT_IMAGE_ALT = QueryParser.parse("img[alt]");
    private static final Pattern CATEGORY_LABEL = Pattern.compile("^\\s*分类\\s*[：:]");
    private static final String DETAILS_PATH = "/details?id=";

    /** {@code star1-8}: eight half stars. */
    private static final Pattern STAR_CLASS = Pattern.compile("star1-(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern DETAILS_LINK = Pattern.compile("/details\\?id=([^&#\"\\s]+)");
    /** Bullets the older layout puts before each permission ({@code ▪ 访问网络}). */
    private static final Pattern BULLET = Pattern.compile("^[▪•·●■\\-\\s]+");
    /** The characters {@link #BULLET} can start with (its class: the bullets, the dash and regex spaces). */
    private static final String BULLET_START = "▪•·●■- \t\n\013\f\r";

    private XiaomiListingReader() {
    }

    static ListingResult read(AppRef app, List<StoreResponse> responses) {
        String id = app.storeAppId();
        String canonical = XiaomiUrls.detailsUrl(id);
        if (responses == null || responses.isEmpty() || responses.get(0) == null) {
            return problem(id, canonical, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "no details response");
        }
        StoreResponse r = responses.get(0);
        String url = Text.present(r.url()).orElse(canonical);
        if (r.status() == 404) {
            return new ListingResult.NotListed(StoreId.XIAOMI, id, url, "HTTP 404");
        }
        Optional<ParseProblem> status = Replies.statusProblem(r, id, url);
        if (status.isPresent()) {
            return new ListingResult.Problem(status.get());
        }
        String text = r.text();
        if (text.isBlank() || Replies.looksLikeJson(text) || text.indexOf('<') < 0) {
            return problem(id, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    "expected the details HTML page, got " + (text.isBlank() ? "an empty body" : "JSON or text"));
        }
        Optional<String> cut = TruncatedHtml.reason(text, "the details page");
        if (cut.isPresent()) {
            return problem(id, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of("</html>"), cut.get());
        }
        Document doc = Jsoup.parse(text, url);
        Element titles = doc.selectFirst(SELECT_APP_BLOCK);
        if (titles == null) {
            return withoutAppBlock(id, url, doc, text);
        }
        InfoLabels labels = InfoLabels.of(doc);
        Optional<String> name = Optional.ofNullable(titles.selectFirst(SELECT_H3)).flatMap(h -> Text.present(h.text()));
        Optional<String> pkg = labels.text(InfoLabels.PACKAGE).filter(PackageName::isValid);
        List<String> missing = new ArrayList<>();
        if (name.isEmpty()) {
            missing.add(NAME);
        }
        if (pkg.isEmpty()) {
            missing.add(InfoLabels.PACKAGE);
        }
        if (!missing.isEmpty()) {
            return problem(id, url, ParseProblem.Kind.DRIFT, missing, "details page without " + missing);
        }
        return new ListingResult.Listed(listing(id, pkg.get(), name.get(), doc, titles, labels, r, url));
    }

    private static ListingResult withoutAppBlock(String id, String url, Document doc, String text) {
        String title = Text.present(doc.title()).orElse("");
        if (title.startsWith(GENERIC_TITLE)) {
            return new ListingResult.NotListed(StoreId.XIAOMI, id, url, "generic store page: " + title);
        }
        if (Replies.looksBlocked(text)) {
            return problem(id, url, ParseProblem.Kind.BLOCKED, List.of(), "verification page: " + title);
        }
        return problem(id, url, ParseProblem.Kind.DRIFT, List.of(NAME, InfoLabels.PACKAGE),
                "no app block (" + APP_BLOCK + ") and not the generic store page: " + title);
    }

    private static Listing listing(String id, String pkg, String name, Document doc, Element titles,
                                   InfoLabels labels, StoreResponse r, String url) {
        Element appArea = Optional.ofNullable(titles.closest(SELECT_APP_AREA)).orElse(titles);
        Listing.Builder b = Listing.builder(StoreId.XIAOMI, id, pkg).name(name).sourceUrl(url).fetchedAt(r.fetchedAt());
        b.developer(labels.text(InfoLabels.DEVELOPER).or(() -> companyLine(titles)).orElse(null));
        b.versionName(labels.text(InfoLabels.VERSION).orElse(null));
        labels.text(InfoLabels.UPDATED).flatMap(StoreDates::text).ifPresent(b::updatedAt);
        labels.text(InfoLabels.SIZE).flatMap(StoreSizes::parse).ifPresent(b::sizeBytes);
        rating(appArea).ifPresent(b::rating);
        category(titles).ifPresent(b::category);
        description(doc).flatMap(PlainText::lines).ifPresent(b::description);
        privacyPolicy(labels).ifPresent(b::privacyPolicyUrl);
        permissions(labels).ifPresent(b::permissions);
        FilingNumbers.find(ownText(doc, appArea, labels)).ifPresent(b::filingNumber);
        Optional<String> appId = labels.text(InfoLabels.APP_ID).filter(v -> DIGITS.matcher(v).matches());
        appId.ifPresent(v -> b.extra(EXTRA_APP_ID, v));
        Optional.ofNullable(appArea.selectFirst(SELECT_RATING_COUNT)).map(Element::text).map(DIGITS::matcher)
                .filter(Matcher::find).ifPresent(m -> b.extra(EXTRA_RATING_COUNT, m.group()));
        DownloadButtons.read(doc, appArea, appId, b);
        related(doc, pkg).forEach(b::addRelated);
        return b.build();
    }

    /** The company line of the intro (a plain {@code p} in {@code div.intro-titles}), when no 开发者 label says. */
    private static Optional<String> companyLine(Element titles) {
        return titles.children().stream()
                .filter(e -> "p".equals(e.normalName()) && !e.is(SELECT_CATEGORY) && !e.text().contains("分类"))
                .map(e -> Text.clean(e.text())).filter(Objects::nonNull).findFirst();
    }

    /** {@code <b>分类：</b>聊天社交<span>|</span><b>支持：</b>手机} → 聊天社交. */
    private static Optional<String> category(Element titles) {
        Element p = titles.selectFirst(SELECT_CATEGORY);
        if (p == null) {
            return Optional.empty();
        }
        for (TextNode t : p.textNodes()) {
            String s = Text.clean(CATEGORY_LABEL.matcher(t.text()).replaceFirst("").split("\\|", -1)[0]);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Half stars in the class name, N/2 on the 0–5 scale; {@code star1-0} is "not rated" (no 1–5 rating is 0). */
    private static Optional<Double> rating(Element appArea) {
        for (Element e : appArea.select(SELECT_STARS)) {
            for (String c : e.classNames()) {
                Matcher m = STAR_CLASS.matcher(c);
                if (m.matches()) {
                    double stars = Integer.parseInt(m.group(1)) / 2.0;
                    return stars > 0 && stars <= 5 ? Optional.of(stars) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The paragraph under the 应用介绍 heading; else the first one not under a 新版特性 (changelog) heading. */
    private static Optional<Element> description(Document doc) {
        List<Element> paragraphs = doc.select(SELECT_PARAGRAPHS);
        for (Element p : paragraphs) {
            if (heading(p).contains("介绍")) {
                return Optional.of(p);
            }
        }
        return paragraphs.stream().filter(p -> !heading(p).contains("新版") && !heading(p).contains("更新"))
                .findFirst();
    }

    private static String heading(Element paragraph) {
        Element h = paragraph.previousElementSibling();
        return h == null ? "" : h.text();
    }

    private static Optional<String> privacyPolicy(InfoLabels labels) {
        Optional<InfoLabels.Pair> pair = labels.pair(InfoLabels.PRIVACY);
        Optional<String> fromValue = pair.flatMap(InfoLabels.Pair::value)
                .flatMap(v -> Optional.ofNullable(v.is(SELECT_LINKS) ? v : v.selectFirst(SELECT_LINKS)))
                .flatMap(a -> absolute(a.attr("href")));
        if (fromValue.isPresent()) {
            return fromValue;
        }
        Optional<String> fromLabel = pair.map(InfoLabels.Pair::label).map(l -> l.closest(SELECT_LINKS))
                .flatMap(a -> absolute(a.attr("href")));
        if (fromLabel.isPresent()) {
            return fromLabel;
        }
        return labels.blocks().stream().flatMap(e -> e.select(SELECT_LINKS).stream())
                .filter(a -> a.text().contains(InfoLabels.PRIVACY))
                .map(a -> absolute(a.attr("href"))).flatMap(Optional::stream).findFirst();
    }

    /**
     * The older layout's {@code ul.second-ul}, else the items under the 应用权限 label; a list element without items
     * is an explicitly empty list, no list at all is unknown.
     */
    private static Optional<List<String>> permissions(InfoLabels labels) {
        for (Element block : labels.blocks()) {
            Element old = block.selectFirst(SELECT_PERMISSION_LIST_OLD);
            if (old != null) {
                return Optional.of(items(old));
            }
        }
        Optional<Element> value = labels.pair(InfoLabels.PERMISSIONS).or(() -> labels.pair(InfoLabels.PERMISSIONS_OLD))
                .flatMap(InfoLabels.Pair::value);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<String> items = items(value.get());
        if (!items.isEmpty() || value.get().selectFirst(SELECT_LISTS) != null) {
            return Optional.of(items);
        }
        return Optional.empty();
    }

    private static List<String> items(Element list) {
        return list.select(SELECT_ITEMS).stream().map(li -> Text.clean(withoutBullet(li.text())))
                .filter(Objects::nonNull).distinct().toList();
    }

    /** The text without the bullets it starts with; the pattern is only run on text that starts with one. */
    private static String withoutBullet(String text) {
        if (text.isEmpty() || BULLET_START.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return BULLET.matcher(text).replaceFirst("");
    }

    /** The app's own text: intro, description and info area; never the page chrome with the store's ICP number. */
    private static String ownText(Document doc, Element appArea, InfoLabels labels) {
        List<Element> parts = new ArrayList<>();
        parts.add(appArea);
        parts.addAll(doc.select(SELECT_TEXT_AREA));
        parts.addAll(labels.blocks());
        return parts.stream().map(Element::text).collect(Collectors.joining("\n"));
    }

    /** Other apps the page links to ({@code /details?id=<package>}): related and same-developer boxes. */
    private static List<AppRef> related(Document doc, String pkg) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element a : doc.select(SELECT_LINKS)) {
            String href = a.attr("href");
            if (!href.contains(DETAILS_PATH)) {
                continue;
            }
            Matcher m = DETAILS_LINK.matcher(href);
            if (!m.find()) {
                continue;
            }
            String other = decode(m.group(1));
            if (!PackageName.isValid(other) || other.equals(pkg)) {
                continue;
            }
            String name = Optional.ofNullable(Text.clean(a.text()))
                    .or(() -> Optional.ofNullable(a.selectFirst(SELECT_IMAGE_ALT)).map(i -> Text.clean(i.attr("alt"))))
                    .orElse("");
            names.merge(other, name, (was, now) -> was.isEmpty() ? now : was);
        }
        List<AppRef> refs = new ArrayList<>();
        names.forEach((p, n) -> refs.add(AppRef.of(StoreId.XIAOMI, p, p, n, "related:" + pkg)));
        return refs;
    }

    /** An http(s) URL from an href: absolute, protocol-relative or site-relative; not {@code javascript:} or #. */
    static Optional<String> absolute(String href) {
        String h = Text.clean(href);
        if (h == null) {
            return Optional.empty();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Optional.of(h);
        }
        if (h.startsWith("//")) {
            return Optional.of("https:" + h);
        }
        if (h.startsWith("/")) {
            return Optional.of(XiaomiUrls.WEB + h);
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static ListingResult problem(String id, String url, ParseProblem.Kind kind, List<String> missing,
                                         String message) {
        return ListingResult.Problem.of(StoreId.XIAOMI, id, url, kind, missing, message);
    }
}
