package io.appaudit.indexer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.appaudit.indexer.OwnerOnly;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a quarter's report into a folder: {@value #HTML} (self-contained), {@value #JSON}, the CSV tables, and the
 * evidence as CSV and JSON. The evidence is read once and written to the three files as it comes. Files are written
 * beside their final names and moved into place at the end, so a failed run leaves the previous report whole.
 */
public final class ReportWriter {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String RATES_CSV = "rates.csv";
    public static final String UPDATE_AGE_CSV = "update-age.csv";
    public static final String TREND_CSV = "trend.csv";
    public static final String CRAWL_HEALTH_CSV = "crawl-health.csv";
    public static final String APK_READS_CSV = "apk-reads.csv";
    public static final String DEVELOPERS_CSV = "developers.csv";
    public static final String EVIDENCE_CSV = "evidence.csv";
    public static final String EVIDENCE_JSON = "evidence.json";

    /** What was written: the files in order, and the number of flagged apps in the appendix. */
    public record Written(List<Path> files, long flaggedApps) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Writes every file of the report into {@code dir} (created when missing). */
    public Written write(ReportData data, FlaggedApps evidence, Path dir) throws IOException {
        OwnerOnly.createFolders(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            long[] apps = new long[1];
            try (Writer html = open(dir, HTML, staged); Writer csv = open(dir, EVIDENCE_CSV, staged);
                 Writer json = open(dir, EVIDENCE_JSON, staged)) {
                HtmlReport page = new HtmlReport(data, html);
                page.begin();
                CsvRows rows = new CsvRows(csv, ReportCsv.EVIDENCE_HEADER);
                JsonGenerator g = new ReportJson().evidence(json, data.quarter());
                evidence.forEach(app -> {
                    try {
                        page.app(app);
                        ReportCsv.evidence(rows, data.quarter(), app);
                        ReportJson.app(g, app);
                        apps[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                ReportJson.close(g);
                page.end();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try (Writer w = open(dir, JSON, staged)) {
                new ReportJson().numbers(w, data);
            }
            try (Writer w = open(dir, RATES_CSV, staged)) {
                RatesCsv.write(w, data.rates());
            }
            try (Writer w = open(dir, UPDATE_AGE_CSV, staged)) {
                ReportCsv.updateAge(w, data);
            }
            try (Writer w = open(dir, TREND_CSV, staged)) {
                ReportCsv.trend(w, data);
            }
            try (Writer w = open(dir, CRAWL_HEALTH_CSV, staged)) {
                ReportCsv.crawlHealth(w, data);
            }
            try (Writer w = open(dir, APK_READS_CSV, staged)) {
                ReportCsv.apkReads(w, data);
            }
            try (Writer w = open(dir, DEVELOPERS_CSV, staged)) {
                ReportCsv.developers(w, data);
            }
            List<Path> files = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                files.add(e.getKey());
            }
            staged.clear();
            return new Written(files, apps[0]);
        } finally {
            for (Path tmp : staged.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static Writer open(Path dir, String name, Map<Path, Path> staged) throws IOException {
        Path tmp = dir.resolve("." + name + ".tmp");
        staged.put(dir.resolve(name), tmp);
        Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16);
        OwnerOnly.restrictFile(tmp);
        if (name.endsWith(".csv")) {
            // a byte-order mark: without it Excel reads a UTF-8 CSV as the local code page and garbles Chinese text
            w.write('\uFEFF');
        }
        return w;
    }
}
