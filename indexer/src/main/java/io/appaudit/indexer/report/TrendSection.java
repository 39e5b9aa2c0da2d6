package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.Changes;
import io.appaudit.indexer.rates.QuarterRates.Overdue;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.TrendQuarter;
import io.appaudit.indexer.report.ReportData.TrendStore;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 4: the problem rate over the last quarters, what is new, persisting or rectified, and overdue apps. */
final class TrendSection {

    private static final String NEW = "#c0392b";
    private static final String PERSISTING = "#e59866";
    private static final String RECTIFIED = "#27ae60";

    private final ReportData data;

    TrendSection(ReportData data) {
        this.data = data;
    }

    String html() {
        QuarterRates r = data.rates();
        List<String> quarters = data.trend().stream().map(TrendQuarter::quarter).toList();
        Map<String, String> names = new LinkedHashMap<>();
        for (StoreId s : StoreId.values()) {
            if (data.trend().stream().anyMatch(t -> find(t, s.id()).isPresent())) {
                names.put(s.id(), s.displayName());
            }
        }
        StringBuilder h = new StringBuilder("<section id=\"trend\">\n<h2><span class=\"no\">4</span> Trend and follow-up "
                + "<span class=\"zh\">趋势与整改跟踪</span></h2>\n<p>The problem rate of each store over the last "
                + quarters.size() + " quarters, each as <code>appaudit rates --quarter</code> gives it (earlier "
                + "quarters as their last <code>appaudit check</code> left them).</p>\n");
        List<LineChart.Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<Double> values = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (TrendQuarter t : data.trend()) {
                Optional<TrendStore> ts = find(t, e.getKey());
                values.add(ts.map(x -> x.flagged().rate()).orElse(null));
                tips.add(e.getValue() + " " + t.quarter() + ": " + ts.map(x -> Format.pct(x.flagged().rate()) + " ("
                        + x.flagged().k() + " of " + x.audited() + ")").orElse("no data"));
            }
            series.add(new LineChart.Series(e.getValue(), Palette.store(i++), values, tips));
        }
        h.append(Figures.figure("Figure 4.1", "Problem rate per store, quarter by quarter",
                new LineChart("Problem rate per store over the quarters", "Problem rate (flagged ÷ audited)", "Quarter")
                        .svg(quarters, series, "One line per store: its problem rate in each quarter.")));
        h.append("<h3>Table 4.1 Problem rate per quarter (flagged of audited) and share of problems</h3>\n"
                + "<table class=\"numbers\">\n<thead><tr><th class=\"text\">Store</th>");
        quarters.forEach(q -> h.append("<th>").append(Escape.html(q)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        names.forEach((id, name) -> {
            h.append("<tr><th class=\"text\">").append(Escape.html(name)).append("</th>");
            for (TrendQuarter t : data.trend()) {
                h.append("<td>").append(find(t, id).map(x -> "<b>" + Format.pct(x.flagged().rate()) + "</b><br><small>"
                        + Format.count(x.flagged().k()) + " of " + Format.count(x.audited()) + " · share "
                        + Format.pct(x.share().share()) + "</small>").orElse("<span class=\"na\">no data</span>"))
                        .append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("<tr class=\"total\"><th class=\"text\">All problems</th>");
        data.trend().forEach(t -> h.append("<td>").append(Format.count(t.problems())).append("</td>"));
        h.append("</tr>\n</tbody></table>\n");
        h.append(followUp(r));
        h.append(overdue(r.overdue()));
        return h.append("</section>\n").toString();
    }

    private static Optional<TrendStore> find(TrendQuarter t, String store) {
        return t.stores().stream().filter(s -> s.store().equals(store)).findFirst();
    }

    private static String followUp(QuarterRates r) {
        StringBuilder h = new StringBuilder("<h3>New, persisting and rectified problems since " + Escape.html(r.previousQuarter())
                + "</h3>\n<p><b>New</b>: not a problem last quarter. <b>Persisting</b>: a problem last quarter too. "
                + "<b>Rectified</b>: a problem last quarter, and this quarter the app is listed and the check passed.</p>\n");
        List<BarChart.Row> rows = new ArrayList<>();
        for (StoreRates s : r.stores()) {
            Changes c = s.changes();
            rows.add(new BarChart.Row(s.storeName(), List.of(
                    new BarChart.Bar(List.of(new BarChart.Segment(c.newProblems(), NEW, Long.toString(c.newProblems()),
                                    s.storeName() + ": " + c.newProblems() + " new"),
                            new BarChart.Segment(c.persisting(), PERSISTING, Long.toString(c.persisting()),
                                    s.storeName() + ": " + c.persisting() + " persisting")),
                            (c.newProblems() + c.persisting()) + " open", null, ""),
                    new BarChart.Bar(List.of(new BarChart.Segment(c.rectified(), RECTIFIED, Long.toString(c.rectified()),
                            s.storeName() + ": " + c.rectified() + " rectified")), c.rectified() + " rectified", null, ""))));
        }
        h.append(Figures.figure("Figure 4.2", "Problems new and persisting this quarter (upper bar) and rectified "
                + "since " + r.previousQuarter() + " (lower bar)", new BarChart("New, persisting and rectified problems",
                "Problems", false, null).svg(rows, List.of(new BarChart.Legend(NEW, "new", false),
                new BarChart.Legend(PERSISTING, "persisting", false), new BarChart.Legend(RECTIFIED, "rectified", false)),
                "Per store, open problems split into new and persisting, and rectified problems.")));
        h.append("<table class=\"numbers\">\n<thead><tr><th class=\"text\">Store</th><th>New</th><th>Persisting</th>"
                + "<th>Rectified</th></tr></thead>\n<tbody>\n");
        for (StoreRates s : r.stores()) {
            h.append(changeRow(Escape.html(s.storeName()), s.changes(), ""));
        }
        h.append(changeRow("All stores", r.totals().changes(), " class=\"total\""));
        return h.append("</tbody></table>\n").toString();
    }

    private static String changeRow(String label, Changes c, String attributes) {
        return "<tr" + attributes + "><th class=\"text\">" + label + "</th><td>" + Format.count(c.newProblems())
                + "</td><td>" + Format.count(c.persisting()) + "</td><td>" + Format.count(c.rectified()) + "</td></tr>\n";
    }

    private static String overdue(List<Overdue> overdue) {
        StringBuilder h = new StringBuilder("<h3>Still listed after a take-down deadline (Z5)</h3>\n");
        if (overdue.isEmpty()) {
            return h.append("<p>None (or no notice file configured).</p>\n").toString();
        }
        h.append("<table class=\"list\">\n<thead><tr><th>Store</th><th>Package</th><th>Name</th><th>Deadline</th>"
                + "<th>Notice</th><th>Last seen</th></tr></thead>\n<tbody>\n");
        for (Overdue o : overdue) {
            h.append("<tr><td>").append(Escape.html(storeName(o.store()))).append("</td><td><code>")
                    .append(Escape.storeText(o.packageName())).append("</code></td><td>").append(Escape.storeText(o.name()))
                    .append("</td><td>").append(Escape.html(o.deadline())).append("</td><td>")
                    .append(Escape.storeText(o.notice())).append("</td><td>").append(Escape.html(lastSeen(o.lastSeen())))
                    .append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n").toString();
    }

    private static String lastSeen(String instant) {
        try {
            return instant == null ? "–" : Format.time(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    static String storeName(String id) {
        for (StoreId s : StoreId.values()) {
            if (s.id().equals(id)) {
                return s.displayName();
            }
        }
        return id;
    }
}
