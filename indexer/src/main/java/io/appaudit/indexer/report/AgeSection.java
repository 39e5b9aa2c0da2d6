package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.QuarterRates.StaleBucket;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.AgeBucket;
import io.appaudit.indexer.report.ReportData.UpdateAge;
import java.util.ArrayList;
import java.util.List;

/** Section 3: audited apps by days since their last update, per store (the zombie-app question). */
final class AgeSection {

    private final ReportData data;

    AgeSection(ReportData data) {
        this.data = data;
    }

    String html() {
        StringBuilder h = new StringBuilder("<section id=\"update-age\">\n<h2><span class=\"no\">3</span> Days since "
                + "the last update <span class=\"zh\">距上次更新天数</span></h2>\n<p>Each audited app counted once, by the "
                + "longest time without an update that its listing showed at a crawl of the quarter (update date to "
                + "crawl time). Apps whose listing gave no update date are shown apart. Check Z1 flags apps not "
                + "updated for " + Format.days(730) + " or more by default.</p>\n");
        if (data.updateAge().isEmpty()) {
            return h.append("<p>No app audited.</p>\n</section>\n").toString();
        }
        List<AgeBucket> template = data.updateAge().get(0).buckets();
        h.append(Figures.figure("Figure 3.1", "Audited apps by days since their last update, per store", chart(template)));
        h.append("<h3>Table 3.1 Audited apps by days since the last update</h3>\n<table class=\"numbers\">\n<thead><tr>"
                + "<th class=\"text\">Store</th><th>Audited</th>");
        template.forEach(b -> h.append("<th>").append(Escape.html(label(b))).append("</th>"));
        h.append("<th>No update date</th></tr></thead>\n<tbody>\n");
        for (UpdateAge a : data.updateAge()) {
            h.append("<tr><th class=\"text\">").append(Escape.html(a.storeName())).append("</th><td>")
                    .append(Format.count(a.audited())).append("</td>");
            a.buckets().forEach(b -> h.append("<td>").append(countAndShare(b.apps(), a.audited())).append("</td>"));
            h.append("<td>").append(countAndShare(a.unknown(), a.audited())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append("<h3>Table 3.2 Audited apps not updated for at least… (as <code>appaudit rates</code> counts them)</h3>\n"
                + "<table class=\"numbers\">\n<thead><tr><th class=\"text\">Store</th>");
        List<StoreRates> stores = data.rates().stores();
        if (!stores.isEmpty()) {
            stores.get(0).staleBuckets().forEach(b -> h.append("<th>≥ ").append(Escape.html(Format.days(b.days())))
                    .append("</th>"));
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (StoreRates s : stores) {
            h.append("<tr><th class=\"text\">").append(Escape.html(s.storeName())).append("</th>");
            for (StaleBucket b : s.staleBuckets()) {
                h.append("<td>").append(countAndShare(b.apps(), s.audited())).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody></table>\n</section>\n").toString();
    }

    private static String countAndShare(long n, long of) {
        return Format.count(n) + (of > 0 ? " <small>(" + Format.pct((double) n / of) + ")</small>" : "");
    }

    static String label(AgeBucket b) {
        if (b.fromDays() == 0) {
            return "under " + Format.days(b.toDays());
        }
        return b.toDays() == null ? Format.days(b.fromDays()) + " or more"
                : Format.days(b.fromDays()) + " to under " + Format.days(b.toDays());
    }

    private String chart(List<AgeBucket> template) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (UpdateAge a : data.updateAge()) {
            List<BarChart.Segment> segments = new ArrayList<>();
            for (int i = 0; i < a.buckets().size(); i++) {
                AgeBucket b = a.buckets().get(i);
                segments.add(segment(b.apps(), a.audited(), Palette.age(i), a.storeName() + ", " + label(b)));
            }
            segments.add(segment(a.unknown(), a.audited(), Palette.UNKNOWN, a.storeName() + ", no update date"));
            rows.add(new BarChart.Row(a.storeName(), List.of(new BarChart.Bar(segments,
                    Format.count(a.audited(), "app", "apps"), null, ""))));
        }
        List<BarChart.Legend> legend = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            legend.add(new BarChart.Legend(Palette.age(i), label(template.get(i)), false));
        }
        legend.add(new BarChart.Legend(Palette.UNKNOWN, "no update date", false));
        return new BarChart("Days since the last update", "Share of the store's audited apps", true, 1.0)
                .svg(rows, legend, "For each store, its audited apps split by days since their last update.");
    }

    private static BarChart.Segment segment(long apps, long audited, String color, String what) {
        double share = audited == 0 ? 0 : (double) apps / audited;
        return new BarChart.Segment(share, color, share >= 0.06 ? Format.pct(share).replace(".0 %", " %") : "",
                what + ": " + Format.count(apps, "app", "apps") + " (" + Format.pct(share) + ")");
    }
}
