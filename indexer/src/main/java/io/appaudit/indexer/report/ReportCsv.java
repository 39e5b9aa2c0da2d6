package io.appaudit.indexer.report;

import io.appaudit.indexer.report.FlaggedApps.FlaggedApp;
import io.appaudit.indexer.report.FlaggedApps.Problem;
import io.appaudit.indexer.report.ReportData.AgeBucket;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import io.appaudit.indexer.report.ReportData.DeveloperProblems;
import io.appaudit.indexer.report.ReportData.TrendQuarter;
import io.appaudit.indexer.report.ReportData.TrendStore;
import io.appaudit.indexer.report.ReportData.UpdateAge;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The report's tables beyond the rates as CSV files, one table per file; the evidence row by row as it is read. */
final class ReportCsv {

    static final List<String> EVIDENCE_HEADER = List.of("quarter", "store", "package", "store_app_id", "name",
            "developer", "check", "family", "title", "severity", "status", "first_seen", "last_seen", "values",
            "source_url", "warc_file", "record_id", "payload_sha256");

    private ReportCsv() {
    }

    static void updateAge(Writer out, ReportData d) throws IOException {
        CsvRows csv = new CsvRows(out, List.of("quarter", "store", "audited", "bucket", "from_days", "to_days", "apps"));
        for (UpdateAge a : d.updateAge()) {
            for (AgeBucket b : a.buckets()) {
                csv.row(List.of(d.quarter(), a.store(), Long.toString(a.audited()), AgeSection.label(b),
                        Integer.toString(b.fromDays()), CsvRows.text(b.toDays()), Long.toString(b.apps())));
            }
            csv.row(List.of(d.quarter(), a.store(), Long.toString(a.audited()), "no update date", "", "",
                    Long.toString(a.unknown())));
        }
    }

    static void trend(Writer out, ReportData d) throws IOException {
        CsvRows csv = new CsvRows(out, List.of("quarter", "store", "audited", "flagged", "rate", "ci_low", "ci_high",
                "problems", "share"));
        for (TrendQuarter t : d.trend()) {
            for (TrendStore s : t.stores()) {
                csv.row(List.of(t.quarter(), s.store(), Long.toString(s.audited()), Long.toString(s.flagged().k()),
                        CsvRows.number(s.flagged().rate()), CsvRows.number(s.flagged().low()),
                        CsvRows.number(s.flagged().high()), Long.toString(s.share().problems()),
                        CsvRows.number(s.share().share())));
            }
        }
    }

    static void crawlHealth(Writer out, ReportData d) throws IOException {
        CsvRows csv = new CsvRows(out, List.of("quarter", "store", "runs", "completed", "failed", "interrupted",
                "unhealthy_runs", "pages", "listings", "not_listed", "parse_problems", "errors", "blocked_responses",
                "latest_started", "latest_outcome", "latest_healthy", "latest_failure_reason"));
        for (CrawlHealth h : d.crawlHealth()) {
            csv.row(List.of(d.quarter(), h.store(), Long.toString(h.runs()), Long.toString(h.completed()),
                    Long.toString(h.failed()), Long.toString(h.interrupted()), Long.toString(h.unhealthyRuns()),
                    Long.toString(h.pages()), Long.toString(h.listings()), Long.toString(h.notListed()),
                    Long.toString(h.parseProblems()), Long.toString(h.errors()), Long.toString(h.blockedResponses()),
                    CsvRows.text(h.latestStarted()), CsvRows.text(h.latestOutcome()), CsvRows.text(h.latestHealthy()),
                    CsvRows.text(h.latestFailureReason())));
        }
    }

    static void apkReads(Writer out, ReportData d) throws IOException {
        CsvRows csv = new CsvRows(out, List.of("quarter", "store", "status", "apps", "audited"));
        for (List<String> row : ApkReadsTable.rows(d.quarter(), d.apkReads())) {
            csv.row(row);
        }
    }

    static void developers(Writer out, ReportData d) throws IOException {
        CsvRows csv = new CsvRows(out, List.of("quarter", "developer", "problems", "apps", "stores"));
        for (DeveloperProblems p : d.developers()) {
            csv.row(List.of(d.quarter(), p.developer(), Long.toString(p.problems()), Long.toString(p.apps()),
                    String.join(" ", p.stores())));
        }
    }

    /** The rows of one flagged app in evidence.csv: one per problem. */
    static void evidence(CsvRows csv, String quarter, FlaggedApp app) throws IOException {
        for (Problem p : app.problems()) {
            csv.row(List.of(quarter, app.store(), app.packageName(), CsvRows.text(app.storeAppId()),
                    CsvRows.text(app.name()), CsvRows.text(app.developer()), p.check(), CsvRows.text(p.family()),
                    p.title(), CsvRows.text(p.severity()), CsvRows.text(p.status()), CsvRows.text(p.firstSeen()),
                    CsvRows.text(p.lastSeen()), p.values().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("\n")), CsvRows.text(p.sourceUrl()), CsvRows.text(p.warcFile()),
                    CsvRows.text(p.recordId()), CsvRows.text(p.payloadSha256())));
        }
    }
}
