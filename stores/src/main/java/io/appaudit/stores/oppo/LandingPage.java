package io.appaudit.stores.oppo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.AbsoluteLinks;
import io.appaudit.stores.kit.ChineseCounts;
import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.PackageName;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import io.appaudit.stores.kit.TruncatedHtml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the official landing page {@code https://app.cdo.oppomobile.com/home/detail?app_id=<appId>}. Its format is
 * not documented anywhere public and no capture of it exists: values are found by label text only, and a page
 * with none of the disclosure labels is reported as drift naming them. Unverified against the live page.
 */
final class LandingPage {

    /** Words of a page saying the app is gone (read only when no label is found, never in a description). */
    static final List<String> NOT_LISTED_MARKERS = List.of("已下架", "应用不存在", "该应用不存在", "页面不存在", "找不到",
            "暂无此应用");
    /** Download-styled controls other than the plain button: the subject of audit rule M2. */
    static final List<String> ALTERNATE_WORDS = List.of("高速", "安全", "极速", "加速", "普通");
    static final List<String> DOWNLOAD_WORDS = List.of("下载", "安装");
    /** A permission value that is a link to another page, not a list. */
    static final List<String> LINK_ONLY_WORDS = List.of("查看", "详情", "点击");
    static final List<String> NONE_WORDS = List.of("无", "无权限", "无需任何权限", "暂无", "不需要任何权限");
    static final Pattern APP_ID_LINK = Pattern.compile("[?&]app_id=([0-9]{1,18})(?:&|$|#)");
    static final String NAME_HEADINGS = "h1, h2, h3";
    /** Selectors parsed once; jsoup's evaluators keep no state between uses. */
    private static final Evaluator HEADINGS = QueryParser.parse(NAME_HEADINGS);
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final String APP_ID_PARAM = "app_id=";
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    private LandingPage() {
    }

    static ListingResult parse(AppRef app, StoreResponse response) {
        String url = response.url();
        String id = app.storeAppId();
        if (response.status() == 404) {
            return new ListingResult.NotListed(StoreId.OPPO, id, url, "HTTP 404 from the landing page");
        }
        if (response.status() != 200) {
            Replies.Refused r = Replies.status(response.status());
            return ListingResult.Problem.of(StoreId.OPPO, id, url, r.kind(), List.of(), r.message());
        }
        Optional<String> notHtml = notHtml(response.body());
        if (notHtml.isPresent()) {
            return ListingResult.Problem.of(StoreId.OPPO, id, url, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(),
                    notHtml.get());
        }
        Optional<String> cut = TruncatedHtml.reason(response.text(), "the landing page");
        if (cut.isPresent()) {
            return ListingResult.Problem.of(StoreId.OPPO, id, url, ParseProblem.Kind.UNEXPECTED_FORMAT,
                    List.of("</html>"), cut.get());
        }
        Document doc = Jsoup.parse(response.text(), url);
        LabelReader labels = LabelReader.read(doc.body());
        Facts f = facts(labels);
        if (!f.anyDisclosure()) {
            String pageText = doc.text();
            if (Replies.looksBlocked(pageText)) {
                return ListingResult.Problem.of(StoreId.OPPO, id, url, ParseProblem.Kind.BLOCKED, List.of(),
                        "a verification page instead of the landing page");
            }
            Optional<String> gone = NOT_LISTED_MARKERS.stream().filter(pageText::contains).findFirst();
            if (gone.isPresent()) {
                return new ListingResult.NotListed(StoreId.OPPO, id, url, "the landing page says " + gone.get());
            }
            return ListingResult.Problem.of(StoreId.OPPO, id, url, ParseProblem.Kind.DRIFT,
                    LandingLabel.CORE.stream().map(LandingLabel::shown).toList(),
                    "none of the disclosure labels found on the landing page (its format is undocumented)");
        }
        Optional<String> pkg = labels.text(LandingLabel.PACKAGE).filter(PackageName::isValid)
                .or(app::packageName);
        if (pkg.isEmpty()) {
            return ListingResult.Problem.of(StoreId.OPPO, id, url, ParseProblem.Kind.DRIFT,
                    List.of(LandingLabel.PACKAGE.shown()), "no package on the landing page and none known for the app");
        }
        Listing.Builder b = Listing.builder(StoreId.OPPO, id, pkg.get())
                .name(labels.text(LandingLabel.NAME).or(() -> heading(doc)).or(app::name).orElse(null))
                .developer(f.developer().orElse(null))
                .versionName(f.version().orElse(null))
                .updatedAt(f.updated().orElse(null))
                .sizeBytes(f.size().orElse(null))
                .downloads(labels.text(LandingLabel.DOWNLOADS).flatMap(ChineseCounts::parse).orElse(null))
                .rating(labels.text(LandingLabel.RATING).flatMap(LandingPage::rating).orElse(null))
                .category(labels.text(LandingLabel.CATEGORY).orElse(null))
                .description(labels.block(LandingLabel.DESCRIPTION).orElse(null))
                .privacyPolicyUrl(f.privacy().orElse(null))
                .website(labels.link(LandingLabel.WEBSITE)
                        .or(() -> labels.text(LandingLabel.WEBSITE).filter(PlainUrls::isHttp)).orElse(null))
                .permissions(f.permissions().orElse(null))
                // a filing label first; else the listing's own label values, never the page (its footer is OPPO's)
                .filingNumber(f.filing().or(() -> FilingNumbers.find(labels.allText())).orElse(null))
                .sourceUrl(url)
                .fetchedAt(response.fetchedAt());
        Elements links = doc.select(LINKS);
        downloadControls(links).forEach(c -> b.addDownloadControl(c.kind(), c.label(), c.url()));
        related(links, id, url).forEach(b::addRelated);
        return new ListingResult.Listed(b.build());
    }

    /** The disclosures read from the labels; the page is healthy when at least one is there. */
    private record Facts(Optional<String> developer, Optional<String> version,
                         Optional<OffsetDateTime> updated, Optional<Long> size, Optional<String> privacy,
                         Optional<List<String>> permissions, Optional<String> filing) {

        boolean anyDisclosure() {
            return developer.isPresent() || version.isPresent() || updated.isPresent() || size.isPresent()
                    || privacy.isPresent() || permissions.isPresent() || filing.isPresent();
        }
    }

    private static Facts facts(LabelReader labels) {
        return new Facts(
                labels.text(LandingLabel.DEVELOPER),
                labels.text(LandingLabel.VERSION).filter(v -> v.chars().anyMatch(Character::isDigit)),
                labels.text(LandingLabel.UPDATED).flatMap(StoreDates::text),
                labels.text(LandingLabel.SIZE).flatMap(StoreSizes::parse),
                labels.link(LandingLabel.PRIVACY)
                        .or(() -> labels.text(LandingLabel.PRIVACY).filter(PlainUrls::isHttp)),
                permissions(labels),
                labels.text(LandingLabel.FILING).flatMap(v -> FilingNumbers.find(v)
                        .or(() -> Optional.of(v).filter(s -> s.chars().anyMatch(Character::isDigit)))));
    }

    /** A list when the page shows one; empty only when it says there are none; absent for a "查看" link. */
    private static Optional<List<String>> permissions(LabelReader labels) {
        return labels.items(LandingLabel.PERMISSIONS).flatMap(items -> {
            if (items.size() == 1) {
                String only = items.get(0);
                if (NONE_WORDS.contains(only)) {
                    return Optional.of(List.<String>of());
                }
                if (LINK_ONLY_WORDS.stream().anyMatch(only::contains)) {
                    return Optional.empty();
                }
                return Optional.of(List.of(only.split("\\s*[、,，;；]\\s*")).stream()
                        .map(Text::clean).filter(s -> s != null).toList());
            }
            return Optional.of(items);
        });
    }

    private static Optional<Double> rating(String text) {
        Matcher m = DECIMAL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            double r = new BigDecimal(m.group()).doubleValue();
            return r > 0 && r <= 5 ? Optional.of(r) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> heading(Document doc) {
        for (Element h : doc.select(HEADINGS)) {
            if (!LabelReader.excluded(h)) {
                Optional<String> t = Text.present(h.text());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static List<DownloadControl> downloadControls(Elements links) {
        List<DownloadControl> out = new ArrayList<>();
        boolean primarySeen = false;
        for (Element a : links) {
            String label = Text.clean(a.text());
            if (label == null || DOWNLOAD_WORDS.stream().noneMatch(label::contains)) {
                continue;
            }
            // resolving the link is the costly part, so only for links labelled as downloads
            String target = Text.clean(AbsoluteLinks.of(a, "href"));
            if (target == null || !PlainUrls.isHttp(target) || LabelReader.excluded(a)) {
                continue;
            }
            boolean alternate = ALTERNATE_WORDS.stream().anyMatch(label::contains);
            DownloadControl.Kind kind = alternate || primarySeen ? DownloadControl.Kind.ALTERNATE
                    : DownloadControl.Kind.PRIMARY;
            primarySeen |= kind == DownloadControl.Kind.PRIMARY;
            out.add(new DownloadControl(kind, label, target));
        }
        return out;
    }

    private static List<AppRef> related(Elements links, String ownId, String via) {
        Map<String, AppRef> out = new LinkedHashMap<>();
        for (Element a : links) {
            String href = a.attr("href");
            if (!href.contains(APP_ID_PARAM)) {
                continue;
            }
            Matcher m = APP_ID_LINK.matcher(href);
            if (m.find() && !m.group(1).equals(ownId) && OppoDiscovery.isId(m.group(1))) {
                out.putIfAbsent(m.group(1), AppRef.of(StoreId.OPPO, m.group(1), null, a.text(), via));
            }
        }
        return List.copyOf(out.values());
    }

    /** Why a body is not an HTML page, if it is not. */
    private static Optional<String> notHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
        if (head.isEmpty()) {
            return Optional.of("empty body where the landing page HTML was expected");
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return Optional.of("JSON where the landing page HTML was expected");
        }
        if (Replies.looksBinary(body)) {
            return Optional.of("binary reply where the landing page HTML was expected");
        }
        return Optional.empty();
    }
}
