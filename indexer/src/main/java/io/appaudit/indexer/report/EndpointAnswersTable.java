package io.appaudit.indexer.report;

import io.appaudit.indexer.report.ReportData.CrawlHealth;
import java.util.List;
import java.util.Map;

/**
 * Table 5.5: how each store's endpoints answered in its latest run of the quarter (crawl-runs {@code answers}), so
 * that a reader sees a detail endpoint that answers 404 for every app, or pages that no longer parse.
 */
final class EndpointAnswersTable {

    /** The endpoint kinds, as the crawl-run document names them. */
    private static final List<String> ENDPOINTS = List.of("list", "detail", "supplement", "probe");
    /** The answer classes in the crawl-run document, and how a reader knows them. */
    private static final Map<String, String> CLASSES = orderedClasses();

    private EndpointAnswersTable() {
    }

    private static Map<String, String> orderedClasses() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("ok_2xx", "2xx");
        m.put("redirect_3xx", "3xx");
        m.put("gone_404_410", "404/410");
        m.put("too_many_429", "429");
        m.put("other_4xx", "other 4xx");
        m.put("server_5xx", "5xx");
        m.put("transport_failure", "transport failure");
        m.put("parse_problem", "parse problem");
        return java.util.Collections.unmodifiableMap(m);
    }

    static String html(List<CrawlHealth> stores) {
        StringBuilder h = new StringBuilder("<h3>Table 5.5 Answers per endpoint, latest run</h3>\n"
                + "<table class=\"health\">\n<thead><tr><th class=\"text\">Store</th>");
        ENDPOINTS.forEach(e -> h.append("<th class=\"text\">").append(e).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (CrawlHealth c : stores) {
            h.append("<tr><th class=\"text\">").append(Escape.html(c.storeName())).append("</th>");
            if (c.latestAnswers().isEmpty()) {
                h.append("<td colspan=\"").append(ENDPOINTS.size()).append("\" class=\"text na\">not counted (run "
                        + "recorded before answers were counted)</td></tr>\n");
                continue;
            }
            for (String e : ENDPOINTS) {
                h.append("<td class=\"text\">").append(Escape.html(cell(c.latestAnswers().getOrDefault(e, Map.of()))))
                        .append("</td>");
            }
            h.append("</tr>\n");
            if (c.latestNotListedWithheld() > 0) {
                h.append("<tr><td></td><td colspan=\"").append(ENDPOINTS.size()).append("\" class=\"text\"><b "
                        + "class=\"bad\">").append(c.latestNotListedWithheld()).append(" \"not listed\" answers not "
                        + "recorded: the detail endpoint was not healthy</b></td></tr>\n");
            }
            if (c.latestListOnly() > 0) {
                h.append("<tr><td></td><td colspan=\"").append(ENDPOINTS.size()).append("\" class=\"text\">")
                        .append(c.latestListOnly()).append(" list-only listings: built from the lists alone, their "
                        + "detail pages not had (what the list does not show is unknown)</td></tr>\n");
            }
        }
        return h.append("</tbody></table>\n<p class=\"note\">Each request counted once with its final answer; a parse "
                + "problem is a page the adapter could not read, counted besides its status. A detail endpoint that "
                + "answers 404/410 for most apps (crawl.endpoint-gone-share) is gone: its apps are not recorded as not "
                + "listed; where a list item carries more than package and name, the app stays covered by a list-only "
                + "listing (source: list).</p>\n").toString();
    }

    /** {@code 2xx 9, 404/410 3}; {@code none} when the endpoint had no requests. */
    static String cell(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        CLASSES.forEach((field, label) -> {
            long n = counts.getOrDefault(field, 0L);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(label).append(' ').append(n);
            }
        });
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
