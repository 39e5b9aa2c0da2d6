package io.appaudit.indexer.report;

import io.appaudit.indexer.report.FlaggedApps.FlaggedApp;
import io.appaudit.indexer.report.FlaggedApps.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Appendix A, written app by app as the findings are read: every flagged app with its problems, what triggered
 * each, a link to its store page and its evidence reference (WARC file, record id, payload SHA-256).
 */
final class EvidenceSection {

    private final Writer out;
    private String store;
    private long apps;

    EvidenceSection(Writer out) {
        this.out = out;
    }

    void begin(long flagged) throws IOException {
        out.write("<section id=\"evidence\" class=\"appendix\">\n<h2><span class=\"no\">A</span> Evidence appendix "
                + "<span class=\"zh\">证据附录</span></h2>\n<p>Every app flagged this quarter (" + Format.count(flagged)
                + "), store by store, with the problems found, the values that triggered them, its store page and the "
                + "evidence reference: the WARC file and record of the page as fetched, and the SHA-256 digest of "
                + "its payload. Names and texts are the stores' own; links are given only for http(s) addresses.</p>\n");
    }

    void app(FlaggedApp app) throws IOException {
        if (!app.store().equals(store)) {
            if (store != null) {
                out.write("</tbody></table>\n");
            }
            store = app.store();
            out.write("<h3>" + Escape.html(app.storeName()) + " <small>(" + Escape.html(app.store()) + ")</small></h3>\n"
                    + "<table class=\"evidence\">\n<thead><tr><th class=\"app\">App</th><th class=\"check\">Check</th>"
                    + "<th class=\"status\">Status</th><th class=\"values\">What triggered it</th>"
                    + "<th class=\"ref\">Store page and evidence</th></tr></thead>\n<tbody>\n");
        }
        apps++;
        StringBuilder h = new StringBuilder();
        boolean first = true;
        Problem previous = null;
        for (Problem p : app.problems()) {
            h.append(first ? "<tr class=\"first\">" : "<tr>");
            if (first) {
                h.append("<td class=\"app\" rowspan=\"").append(app.problems().size()).append("\"><b>")
                        .append(app.name() == null ? "<i>no name</i>" : Escape.storeText(app.name()))
                        .append("</b><br><code>").append(Escape.storeText(app.packageName())).append("</code>");
                if (app.developer() != null) {
                    h.append("<br><small>").append(Escape.storeText(app.developer())).append("</small>");
                }
                h.append("</td>");
                first = false;
            }
            h.append("<td class=\"check\"><b>").append(Escape.html(p.check())).append("</b> ")
                    .append(Escape.html(p.title())).append("<br><small>").append(Escape.html(p.severity()))
                    .append(" severity</small></td><td class=\"status ").append(Escape.html(p.status())).append("\">")
                    .append(Escape.html(p.status())).append("<br><small>since ").append(Format.day(p.firstSeen()))
                    .append("</small></td><td class=\"values\">").append(values(p.values())).append("</td>")
                    .append("<td class=\"ref\">").append(sameEvidence(previous, p) ? "<small>the same page and record"
                            + " as above</small>" : reference(p)).append("</td></tr>\n");
            previous = p;
        }
        out.write(h.toString());
    }

    void end() throws IOException {
        if (store != null) {
            out.write("</tbody></table>\n");
        }
        if (apps == 0) {
            out.write("<p>No app was flagged this quarter.</p>\n");
        }
        out.write("</section>\n");
    }

    private static String values(Map<String, String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        StringBuilder h = new StringBuilder("<dl>");
        values.forEach((k, v) -> h.append("<dt>").append(Escape.html(k.replace('_', ' '))).append("</dt><dd>")
                .append(Escape.storeText(Escape.shorten(v, 600))).append("</dd>"));
        return h.append("</dl>").toString();
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private static boolean sameEvidence(Problem a, Problem b) {
        return a != null && Objects.equals(a.sourceUrl(), b.sourceUrl())
                && Objects.equals(a.recordId(), b.recordId())
                && Objects.equals(a.payloadSha256(), b.payloadSha256());
    }

    private static String reference(Problem p) {
        StringBuilder h = new StringBuilder();
        if (p.sourceUrl() != null) {
            h.append("<span class=\"url\">").append(Escape.link(p.sourceUrl(), p.sourceUrl())).append("</span><br>");
        }
        h.append("<dl class=\"ref\"><dt>WARC</dt><dd><code>").append(Escape.html(orDash(p.warcFile())))
                .append("</code></dd><dt>record</dt><dd><code>").append(Escape.html(orDash(p.recordId())))
                .append("</code></dd><dt>SHA-256</dt><dd><code class=\"digest\">")
                .append(Escape.html(orDash(p.payloadSha256()))).append("</code></dd></dl>");
        return h.toString();
    }
}
