package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a crawl probes besides the store pages: download controls (redirects, delivered files and dead links),
 * the developers' privacy-policy pages and websites, and robots.txt on every host.
 */
final class WebStubs {

    /** A placeholder instead of an APK: probes read headers and one byte, never a whole package. */
    static final String FILE_BODY = "appaudit demo replay: a placeholder, not an APK\n";
    /** The size a delivered file claims in Content-Range (bytes 0-0/SIZE). */
    static final long CLAIMED_SIZE = 52_428_800L;
    static final String ROBOTS = "User-agent: *\nAllow: /\n";
    private static final String DOWNLOADS = "downloads.json";
    private static final String SITES = "sites.json";

    private final ReplayFiles out;

    WebStubs(ReplayFiles out) {
        this.out = out;
    }

    void write(DemoSet set) {
        downloads(set);
        sites(set);
        out.stub("robots.json", Stubs.stub(robotsRequest(), Stubs.body(200, Stubs.TEXT, ROBOTS), Stubs.NORMAL));
    }

    private static ObjectNode robotsRequest() {
        ObjectNode r = ReplayFiles.object();
        r.put("method", "GET");
        r.put("urlPathPattern", "/[^/]+/robots\\.txt");
        return r;
    }

    /**
     * One stub per hop. Query parameters are matched only where a path serves different hops (vivo's download
     * endpoint tells apps apart by {@code id}); Xiaomi's button and APK endpoint differ only in their query and share
     * a stub.
     */
    private void downloads(DemoSet set) {
        Map<String, Map<String, String>> byPath = new LinkedHashMap<>();
        Map<String, Hop> hops = new LinkedHashMap<>();
        for (List<DemoListing> store : set.listings().values()) {
            for (DemoListing l : store) {
                for (Control c : l.controls()) {
                    List<String> urls = c.path().hops();
                    for (int i = 0; i < urls.size(); i++) {
                        Hop hop = new Hop(c.path(), i);
                        hops.putIfAbsent(urls.get(i), hop);
                        byPath.computeIfAbsent(Stubs.replayPath(urls.get(i)), k -> new LinkedHashMap<>())
                                .put(urls.get(i), hop.answer());
                    }
                }
            }
        }
        hops.forEach((url, hop) -> {
            boolean ambiguous = byPath.get(Stubs.replayPath(url)).values().stream().distinct().count() > 1;
            hop.stubs(url, ambiguous).forEach(s -> out.stub(DOWNLOADS, s));
        });
    }

    private void sites(DemoSet set) {
        set.sites().forEach((url, status) -> out.stub(SITES, Stubs.stub(Stubs.request("ANY", url),
                Stubs.body(status, Stubs.HTML, status == 200 ? page("隐私政策与网站") : page("404 Not Found")),
                Stubs.NORMAL)));
        for (String host : set.deadHosts()) {
            out.stub(SITES, Stubs.stub(Stubs.requestUnder("ANY", "/" + host + "/"),
                    Stubs.body(404, Stubs.HTML, page("404 Not Found")), Stubs.SPECIFIC));
        }
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>appaudit demo replay</p></body></html>\n";
    }

    /** What the URL at {@code index} of a download path answers: 302 to the next, or the path's end. */
    private record Hop(DownloadPath path, int index) {

        boolean last() {
            return index == path.hops().size() - 1;
        }

        List<ObjectNode> stubs(String url, boolean withQuery) {
            ObjectNode any = withQuery ? Stubs.requestWithQuery("ANY", url) : Stubs.request("ANY", url);
            if (!last()) {
                return List.of(Stubs.stub(any, Stubs.redirect(path.hops().get(index + 1)), Stubs.NORMAL));
            }
            if (!path.delivered()) {
                return List.of(Stubs.stub(any, Stubs.body(path.status(), Stubs.HTML, page(path.status() + " Gone")),
                        Stubs.NORMAL));
            }
            ObjectNode whole = Stubs.body(200, Stubs.APK, FILE_BODY);
            Stubs.header(whole, "Accept-Ranges", "bytes");
            ObjectNode range = Stubs.bytes(206, Stubs.APK, FILE_BODY.substring(0, 1).getBytes(StandardCharsets.UTF_8));
            Stubs.header(range, "Content-Range", "bytes 0-0/" + CLAIMED_SIZE);
            path.fileName().ifPresent(n -> {
                Stubs.header(whole, "Content-Disposition", "attachment; filename=\"" + n + "\"");
                Stubs.header(range, "Content-Disposition", "attachment; filename=\"" + n + "\"");
            });
            ObjectNode ranged = withQuery ? Stubs.requestWithQuery("GET", url) : Stubs.request("GET", url);
            ranged.putObject("headers").putObject("Range").put("equalTo", "bytes=0-0");
            return List.of(Stubs.stub(ranged, range, Stubs.RANGE), Stubs.stub(any, whole, Stubs.NORMAL));
        }

        /** What the URL answers, to tell whether two URLs on one path answer alike. */
        String answer() {
            return last() ? path.status() + " " + path.fileName().orElse("") : "302 " + path.hops().get(index + 1);
        }
    }
}
