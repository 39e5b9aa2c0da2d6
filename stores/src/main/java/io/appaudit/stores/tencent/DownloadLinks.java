package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.kit.AbsoluteLinks;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.Text;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The download controls a page shows. Anchors are recognised by where they point (an APK, or the
 * {@code microdown.myapp.com} host that serves the 应用宝 installer), never by CSS class; their label is the text shown,
 * and each anchor is a control of its own, even where two share a target ("高速下载" and a JSON field, or "下载" and
 * "高速下载", pointing at one URL): what a visitor sees decides, and the probe of the target tells what each delivers.
 * Installer links that sit only in the page's JSON are controls too where they are button data (a sibling label
 * field names them) or where the page draws its buttons from its data (it has no download anchor of its own), then
 * labelled by the JSON path they were found at; a path-labelled link on a page whose buttons are anchors is data the
 * page does not show. A JSON link whose target an anchor shows is that anchor, and is not listed twice.
 */
final class DownloadLinks {

    /** The host that serves the 应用宝 installer (com.tencent.android.qqdownloader), whatever the link's label says. */
    static final String INSTALLER_HOST = "microdown.myapp.com";
    /** Labels of "fast / safe" download controls (M2); a control so labelled is never the page's main button. */
    static final List<String> ALTERNATE_WORDS = List.of("高速", "安全", "极速", "加速", "快速", "应用宝");
    /** Sibling keys that hold a JSON link's button text. */
    static final List<String> LABEL_KEYS = List.of("btnText", "buttonText", "btn_text", "button_text", "label", "text");
    private static final int MAX_DEPTH = 64;
    /** Parsed once; jsoup's evaluators keep no state between uses. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    /** What a download link's text always holds (see {@link #isDownload}), in its href or in the page's base URL. */
    private static final List<String> DOWNLOAD_MARKS = List.of(".apk", "fsname=", INSTALLER_HOST);

    /** Anchors, one per distinct label and target, in page order. */
    private final Map<List<String>, DownloadControl> anchors = new LinkedHashMap<>();
    /** Installer links found in page data, by target. */
    private final Map<String, DataLink> dataLinks = new LinkedHashMap<>();
    /** The pages (sj.qq.com, a.app.qq.com) that show download anchors. */
    private final Set<String> pagesWithAnchors = new HashSet<>();

    /** A link of the page data, from the page {@code source}; {@code pathLabel} when no label field names it. */
    private record DataLink(DownloadControl control, String source, boolean pathLabel) {
    }
    private final Map<String, DownloadControl> endpoints = new LinkedHashMap<>();

    /**
     * Adds the page's download anchors. With {@code mayHavePrimary}, the first anchor not labelled as a fast/safe
     * alternative is the page's main button (PRIMARY); the rest are ALTERNATE.
     */
    void addAnchors(Document doc, String source, boolean mayHavePrimary) {
        boolean primaryTaken = !mayHavePrimary;
        for (Element a : doc.select(LINKS)) {
            // Resolving a link is costly; a download's resolved URL shows one of the marks of its href or base URL.
            if (!marked(a.attr("href")) && !marked(a.baseUri())) {
                continue;
            }
            String url = Text.clean(AbsoluteLinks.of(a, "href"));
            if (url == null || !isDownload(url)) {
                continue;
            }
            String label = Text.present(a.text()).or(() -> Text.present(a.attr("title")))
                    .or(() -> Text.present(a.attr("aria-label"))).orElse("");
            boolean alternate = ALTERNATE_WORDS.stream().anyMatch(label::contains);
            DownloadControl.Kind kind = DownloadControl.Kind.ALTERNATE;
            if (!alternate && !primaryTaken) {
                kind = DownloadControl.Kind.PRIMARY;
                primaryTaken = true;
            }
            anchors.putIfAbsent(List.of(url, label), new DownloadControl(kind, label, url));
            pagesWithAnchors.add(source);
        }
    }

    /** Adds every installer link found in a JSON tree, skipping the subtrees under {@code skipKey} (other apps). */
    void addInstallerLinks(JsonNode root, String source, String rootPath, Optional<String> skipKey) {
        walk(root, source, rootPath, new ArrayList<>(), skipKey, 0);
    }

    /** Adds the store's APK endpoint for the app (a field of the app object), labelled by that field's name. */
    void addEndpoint(String label, String url) {
        String u = Text.clean(url);
        if (u != null && PlainUrls.isHttp(u)) {
            endpoints.putIfAbsent(u, new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, label, u));
        }
    }

    /**
     * The controls in page order: anchors first, then the installer links of the page data that no anchor shows,
     * then the APK endpoints.
     */
    List<DownloadControl> controls() {
        List<DownloadControl> out = new ArrayList<>(anchors.values());
        Set<String> shown = new HashSet<>();
        anchors.values().forEach(c -> shown.add(c.url()));
        dataLinks.values().stream().filter(d -> !shown.contains(d.control().url()))
                .filter(d -> !d.pathLabel() || !pagesWithAnchors.contains(d.source()))
                .forEach(d -> out.add(d.control()));
        out.addAll(endpoints.values());
        return out;
    }

    /**
     * Walks the tree; {@code path} holds the keys (String) and indices (Integer) down to {@code n}, joined into the
     * label's path text only for the rare value that is an installer link.
     */
    private void walk(JsonNode n, String source, String rootPath, List<Object> path, Optional<String> skipKey,
                      int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (skipKey.isPresent() && skipKey.get().equals(e.getKey())) {
                    continue;
                }
                path.add(e.getKey());
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    String url = startsWithH(v.asText()) ? Text.clean(v.asText()) : null;
                    if (url != null && isInstaller(url)) {
                        Optional<String> label = siblingLabel(n);
                        dataLinks.putIfAbsent(url, new DataLink(new DownloadControl(DownloadControl.Kind.ALTERNATE,
                                label.orElseGet(() -> source + ":" + path(rootPath, path)), url), source,
                                label.isEmpty()));
                    }
                } else {
                    walk(v, source, rootPath, path, skipKey, depth + 1);
                }
                path.remove(path.size() - 1);
            }
        } else if (n.isArray()) {
            int i = 0;
            for (JsonNode c : n) {
                path.add(i);
                if (c.isTextual()) {
                    String url = startsWithH(c.asText()) ? Text.clean(c.asText()) : null;
                    if (url != null && isInstaller(url)) {
                        dataLinks.putIfAbsent(url, new DataLink(new DownloadControl(DownloadControl.Kind.ALTERNATE,
                                source + ":" + path(rootPath, path), url), source, true));
                    }
                } else {
                    walk(c, source, rootPath, path, skipKey, depth + 1);
                }
                path.remove(path.size() - 1);
                i++;
            }
        }
    }

    /**
     * True when the text, cleaned as {@link Text#clean} cleans it, would start with h or H, as every http(s) URL
     * does: most of a page's strings are no URL, and are passed over without being copied.
     */
    private static boolean startsWithH(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u00a0' && !Character.isWhitespace(c)) {
                return c == 'h' || c == 'H';
            }
        }
        return false;
    }

    /** The dotted path: a key is appended after a dot unless the path so far is empty; an index always is. */
    private static String path(String rootPath, List<Object> parts) {
        String p = rootPath;
        for (Object part : parts) {
            p = part instanceof Integer i ? p + "." + i : p.isEmpty() ? (String) part : p + "." + part;
        }
        return p;
    }

    private static Optional<String> siblingLabel(JsonNode object) {
        for (String k : LABEL_KEYS) {
            JsonNode v = object.get(k);
            String label = v != null && v.isTextual() ? Text.clean(v.asText()) : null;
            if (label != null && !PlainUrls.isHttp(label)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** True for links that download something: the installer host, or a path ending in .apk. */
    static boolean isDownload(String url) {
        if (!PlainUrls.isHttp(url)) {
            return false;
        }
        if (isInstaller(url)) {
            return true;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        int end = firstOf(lower, lower.indexOf("://") + 3, "?#");
        return lower.substring(0, end).endsWith(".apk") || lower.contains("fsname=");
    }

    static boolean isInstaller(String url) {
        // an http(s) URL starts with h or H: most of a page's strings are no URL and are passed over at once
        boolean startsWithH = !url.isEmpty() && (url.charAt(0) == 'h' || url.charAt(0) == 'H');
        return startsWithH && containsIgnoreCase(url, INSTALLER_HOST) && PlainUrls.isHttp(url)
                && host(url).map(h -> h.equals(INSTALLER_HOST) || h.endsWith("." + INSTALLER_HOST)).orElse(false);
    }

    /** The lower-case host of an http(s) URL, read without java.net so that no text can make it throw. */
    static Optional<String> host(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return Optional.empty();
        }
        start += 3;
        int end = firstOf(url, start, "/?#");
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        return Text.present(authority.toLowerCase(Locale.ROOT));
    }

    /** True when the text, control characters dropped as jsoup drops them from URLs, may hold a download mark. */
    private static boolean marked(String s) {
        for (String mark : DOWNLOAD_MARKS) {
            if (containsIgnoreCase(s, mark)) {
                return true;
            }
        }
        // jsoup strips control characters before resolving, which can join a mark ("fs\tname="): check that text too
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return marked(s.replaceAll("[\\x00-\\x1f]", ""));
            }
        }
        return false;
    }

    /**
     * A case-insensitive search that finds at least what {@code s.toLowerCase(Locale.ROOT).contains(lowerNeedle)}
     * finds (for the ASCII needles here, which hold no character a special case mapping gives), without copying
     * the text. A pre-check, so finding more is harmless.
     */
    private static boolean containsIgnoreCase(String s, String lowerNeedle) {
        char first = lowerNeedle.charAt(0);
        int last = s.length() - lowerNeedle.length();
        for (int i = 0; i <= last; i++) {
            if (Character.toLowerCase(s.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < lowerNeedle.length() && Character.toLowerCase(s.charAt(i + k)) == lowerNeedle.charAt(k)) {
                k++;
            }
            if (k == lowerNeedle.length()) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, int from, String chars) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
