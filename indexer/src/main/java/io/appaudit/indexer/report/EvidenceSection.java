package io.appaudit.indexer.report;

import io.appaudit.indexer.report.FlaggedApps.FlaggedApp;
import io.appaudit.indexer.report.FlaggedApps.Problem;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Appendix A, written app by app as the findings are read: every flagged app with its problems, what triggered
 * each, a link to its store page and its evidence reference (WARC file, record id, payload SHA-256). Times are China
 * time to the second with the offset; a history check (R4, Z3, Z4) states its failed probes and how far apart the
 * first and the last were, beside the spacing the configuration asks for.
 */
final class EvidenceSection {

    private final Writer out;
    private final Duration failureSpacing;
    private String store;
    private long apps;

    EvidenceSection(Writer out, Duration failureSpacing) {
        this.out = out;
        this.failureSpacing = failureSpacing;
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
                            + " as above</small>" : reference(p, StorePage.of(app.store(), app.storeAppId())))
                    .append("</td></tr>\n");
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

    private String values(Map<String, String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        StringBuilder h = new StringBuilder("<dl>");
        values.forEach((k, v) -> {
            if (k.equals("failures")) {
                h.append("<dt>failed probes that count</dt><dd>").append(Escape.html(failures(values))).append("</dd>");
            } else {
                h.append("<dt>").append(Escape.html(k.replace('_', ' '))).append("</dt><dd>")
                        .append(Escape.storeText(Escape.shorten(Format.value(v), 600))).append("</dd>");
            }
        });
        return h.append("</dl>").toString();
    }

    /** The failed probes of a history check, the time between the first and the last, and the spacing required. */
    private String failures(Map<String, String> values) {
        String n = values.get("failures");
        Optional<Instant> first = Format.instant(values.get("first_failure"));
        Optional<Instant> last = Format.instant(values.get("last_failure"));
        String counted = n.equals("1") ? "1 failed probe" : n + " failed probes";
        if (first.isEmpty() || last.isEmpty()) {
            return counted;
        }
        String apart = n.equals("1") ? "" : ", the first and the last " + Format.duration(Duration.between(first.get(),
                last.get())) + " apart";
        String rule = failureSpacing.isZero()
                ? " (the configured spacing is 0 s, so a single failed probe confirms the problem)"
                : " (the configured spacing: at least " + Format.duration(failureSpacing) + " between the first and the last)";
        return counted + apart + rule;
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private static boolean sameEvidence(Problem a, Problem b) {
        return a != null && Objects.equals(a.sourceUrl(), b.sourceUrl())
                && Objects.equals(a.recordId(), b.recordId())
                && Objects.equals(a.payloadSha256(), b.payloadSha256());
    }

    private static String reference(Problem p, Optional<String> page) {
        StringBuilder h = new StringBuilder();
        page.ifPresent(u -> h.append("<span class=\"url page\">store page: ").append(Escape.link(u, u))
                .append("</span><br>"));
        if (p.sourceUrl() != null) {
            h.append("<span class=\"url\">").append(page.isPresent() ? "evidence (the store's API): " : "")
                    .append(Escape.link(p.sourceUrl(), p.sourceUrl())).append("</span><br>");
        }
        h.append("<dl class=\"ref\"><dt>WARC</dt><dd><code>").append(Escape.html(orDash(p.warcFile())))
                .append("</code></dd><dt>record</dt><dd><code>").append(Escape.html(orDash(p.recordId())))
                .append("</code></dd><dt>SHA-256</dt><dd><code class=\"digest\">")
                .append(Escape.html(orDash(p.payloadSha256()))).append("</code></dd></dl>");
        return h.toString();
    }
}
