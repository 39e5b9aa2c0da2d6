package io.appaudit.stores.xiaomi;

import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.kit.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The download controls of a details page: the {@code div.app-info-down a.download} button (直接下载), which points at
 * {@code /download/<appId>} and answers 302 to the CDN file; any other download-styled link in the intro; and the
 * 维护中 ("under maintenance") state many non-game pages show instead of a button.
 */
final class DownloadButtons {

    static final String BOX = "div.app-info-down";
    static final String MAINTENANCE = "维护中";
    static final String EXTRA_STATE = "download.state";

    // Parsed once: jsoup parses a selector string on every call; evaluators keep no state between uses.
    private static final Evaluator SELECT_BOX = QueryParser.parse(BOX);
    private static final Evaluator SELECT_ANCHORS = QueryParser.parse("a");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#]");
    private static final Pattern DOWNLOAD_PATH = Pattern.compile("/download/(\\d{1,12})(?:[?#/]|$)");

    private DownloadButtons() {
    }

    /**
     * Adds the controls to the builder. The APK endpoint is recorded only behind a button the page shows: a page
     * that says 维护中 offers no download, so its endpoint is not the listing's download link.
     */
    static void read(Document doc, Element appArea, Optional<String> appId, Listing.Builder b) {
        Element box = Optional.ofNullable(appArea.selectFirst(SELECT_BOX)).orElseGet(() -> doc.selectFirst(SELECT_BOX));
        String primaryLabel = null;
        String primaryUrl = null;
        if (box != null) {
            if (box.text().contains(MAINTENANCE)) {
                b.extra(EXTRA_STATE, MAINTENANCE);
            }
            for (Element a : box.select(SELECT_ANCHORS)) {
                String label = Text.clean(a.text());
                Optional<String> url = XiaomiListingReader.absolute(a.attr("href"));
                if (url.isEmpty() || label != null && label.contains(MAINTENANCE)) {
                    continue;
                }
                if (primaryUrl == null) {
                    primaryLabel = label;
                    primaryUrl = url.get();
                    b.addDownloadControl(DownloadControl.Kind.PRIMARY, label, primaryUrl);
                } else {
                    b.addDownloadControl(DownloadControl.Kind.ALTERNATE, label, url.get());
                }
            }
        }
        for (Element a : appArea.select(XiaomiListingReader.SELECT_LINKS)) {
            if (a.closest(SELECT_BOX) == null && downloadStyled(a)) {
                String label = a.text();
                XiaomiListingReader.absolute(a.attr("href"))
                        .ifPresent(u -> b.addDownloadControl(DownloadControl.Kind.ALTERNATE, label, u));
            }
        }
        if (primaryUrl != null) {
            String url = primaryUrl;
            Optional<String> id = appId.or(() -> {
                Matcher m = DOWNLOAD_PATH.matcher(url);
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            });
            String label = primaryLabel;
            id.ifPresent(v -> b.addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, label,
                    XiaomiUrls.DOWNLOAD_URL + v));
        }
    }

    private static boolean downloadStyled(Element a) {
        String href = a.attr("href").toLowerCase(Locale.ROOT);
        return a.text().contains("下载") || href.contains("/download/")
                || QUERY_OR_FRAGMENT.split(href, 2)[0].endsWith(".apk");
    }
}
