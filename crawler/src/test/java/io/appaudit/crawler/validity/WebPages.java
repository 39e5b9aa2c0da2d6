package io.appaudit.crawler.validity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;

/**
 * What a crawl probes besides store pages: each download link (302 to the file, or 404 when dead; the file answers
 * HEAD and ranged GET with its name in Content-Disposition), the developers' privacy pages and websites, and
 * robots.txt allowing everything on every host.
 */
final class WebPages {

    /** A placeholder instead of an APK: probes read headers and a byte, never a whole package. */
    private static final String FILE = "appaudit validity suite: a placeholder, not an APK\n";

    private WebPages() {
    }

    static void serve(Served out, Catalogue catalogue) {
        out.stub(any(urlPathMatching("/[^/]+/robots\\.txt")),
                Served.body(200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n"), Served.SPECIFIC);
        for (List<Shown> store : catalogue.listings().values()) {
            for (Shown l : store) {
                l.downloads().forEach(d -> download(out, d));
            }
        }
        catalogue.pages().forEach((url, status) -> out.stub(Served.request(url), Served.body(status, Served.HTML,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + (status == 200 ? "隐私政策"
                        : "404 Not Found") + "</title></head><body><p>" + status + "</p></body></html>"),
                Served.NORMAL));
    }

    private static void download(Served out, Shown.Download d) {
        d.redirect().ifPresent(to -> out.stub(Served.request(d.url()),
                aResponse().withStatus(302).withHeader("Location", to), Served.NORMAL));
        if (d.delivers().isEmpty()) {
            out.stub(Served.request(d.end()), Served.body(404, Served.HTML,
                    "<html><body><h1>404 Not Found</h1></body></html>"), Served.NORMAL);
            return;
        }
        String disposition = "attachment; filename=\"" + d.fileName() + "\"";
        out.stub(Served.request(d.end()).withHeader("Range", matching("bytes=0-.*")),
                aResponse().withStatus(206).withHeader("Content-Type", "application/vnd.android.package-archive")
                        .withHeader("Content-Disposition", disposition)
                        .withHeader("Content-Range", "bytes 0-0/52428800").withBody(FILE.substring(0, 1)),
                Served.SPECIFIC);
        out.stub(Served.request(d.end()), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.android.package-archive")
                .withHeader("Accept-Ranges", "bytes").withHeader("Content-Disposition", disposition).withBody(FILE),
                Served.NORMAL);
    }
}
