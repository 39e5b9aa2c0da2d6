package io.appaudit.indexer.report;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The report as one self-contained HTML page: inline stylesheet, inline SVG charts, no scripts, no external file.
 * The numbered sections are written first, then the evidence appendix app by app, then the end of the page.
 */
final class HtmlReport {

    private final ReportData data;
    private final Writer out;
    private final EvidenceSection evidence;

    HtmlReport(ReportData data, Writer out) {
        this.data = data;
        this.out = out;
        this.evidence = new EvidenceSection(out, Duration.ofSeconds(data.failureSpacingSeconds()));
    }

    /** Everything up to the evidence appendix's first app. */
    void begin() throws IOException {
        String q = Escape.html(data.quarter());
        out.write("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"appaudit report\">\n"
                + "<title>App-store audit " + q + " · 应用商店审计季度报告</title>\n<style>\n" + css() + "</style>\n"
                + "</head>\n<body>\n<main>\n");
        out.write("<header class=\"cover\">\n<p class=\"series\">Quarterly review of app-store platforms · "
                + "<span class=\"zh\">应用商店平台季度审查</span></p>\n<h1>App-store audit " + q
                + "<br><span class=\"zh\">应用商店审计季度报告 " + q + "</span></h1>\n<p class=\"meta\">Compared with "
                + Escape.html(data.rates().previousQuarter()) + " · generated " + Escape.html(Format.time(data.generatedAt()))
                + " · stores: " + Escape.html(String.join(", ", data.rates().stores().stream()
                .map(s -> s.storeName()).toList())) + "</p>\n</header>\n");
        out.write(new CrawlStatusSection(data).html());
        out.write(contents(!data.notices().isEmpty()));
        out.write(new HeadlineSection(data).html());
        out.write(new BreakdownSection(data).html());
        out.write(new AgeSection(data).html());
        out.write(new TrendSection(data).html());
        out.write(new DataQualitySection(data).html());
        out.write(NoticeFollowUpSection.html(data.notices()));
        out.write(method());
        evidence.begin(data.rates().totals().flagged().k());
    }

    void app(FlaggedApps.FlaggedApp app) throws IOException {
        evidence.app(app);
    }

    void end() throws IOException {
        evidence.end();
        out.write("<footer><p>appaudit report " + Escape.html(data.quarter()) + ". The numbers are those of "
                + "<code>appaudit rates --quarter " + Escape.html(data.quarter()) + "</code>; the same figures are in "
                + "report.json and the CSV files beside this page.</p></footer>\n</main>\n</body>\n</html>\n");
    }

    private static String contents(boolean notices) {
        String list = """
                <nav class="contents"><h2>Contents</h2><ol>
                <li><a href="#headline">Problem rate and share of problems per store</a></li>
                <li><a href="#breakdown">Problems by family and check</a></li>
                <li><a href="#update-age">Days since the last update</a></li>
                <li><a href="#trend">Trend and follow-up</a></li>
                <li><a href="#data">Coverage, crawl health and platform-level observations</a></li>
                <li><a href="#method">Method</a></li>
                </ol>""";
        return list + (notices ? "<p class=\"appendix\"><a href=\"#notices\">Notice follow-up</a></p>" : "")
                + "<p class=\"appendix\">A. <a href=\"#evidence\">Evidence appendix: every flagged app</a></p></nav>\n";
    }

    private String method() {
        StringBuilder h = new StringBuilder("<section id=\"method\">\n<h2><span class=\"no\">6</span> Method "
                + "<span class=\"zh\">方法</span></h2>\n<p>Apps are audited when a crawl of the quarter (China time) found "
                + "them listed. Each listing is checked against the rules below, grouped in the regulator's four "
                + "families; a check that cannot be evaluated is unknown, never a problem and never a pass. Company "
                + "names are compared after normalisation; one corporate group under different names is a related "
                + "entity (informational). Statuses compare with the previous quarter's findings.</p>\n"
                + "<table class=\"list rules\">\n<thead><tr><th>Check</th><th>Family</th><th>Rule</th><th>Severity</th>"
                + "</tr></thead>\n<tbody>\n");
        for (CheckId c : CheckId.values()) {
            Family f = c.family();
            h.append("<tr><td><b>").append(c.name()).append("</b></td><td>").append(f.name()).append(' ')
                    .append(Escape.html(f.chinese())).append("</td><td>").append(Escape.html(c.title()))
                    .append("</td><td>").append(c.severity().id()).append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n<p>To reproduce: <code>appaudit check --quarter ").append(Escape.html(data.quarter()))
                .append("</code> then <code>appaudit rates --quarter ").append(Escape.html(data.quarter()))
                .append("</code>.</p>\n</section>\n").toString();
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource io/appaudit/indexer/report/report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
