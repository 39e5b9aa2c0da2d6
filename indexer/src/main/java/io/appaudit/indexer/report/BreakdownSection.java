package io.appaudit.indexer.report;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.DeveloperProblems;
import java.util.ArrayList;
import java.util.List;

/** Section 2: each store's problems by family and by check, and the developers with the most problems. */
final class BreakdownSection {

    private final ReportData data;

    BreakdownSection(ReportData data) {
        this.data = data;
    }

    String html() {
        List<StoreRates> stores = data.rates().stores();
        StringBuilder h = new StringBuilder("<section id=\"breakdown\">\n<h2><span class=\"no\">2</span> Problems by "
                + "family and check <span class=\"zh\">按问题类别与检查项</span></h2>\n");
        h.append("<p>The regulator's four families of problems, and the checks of each (see the method in section 6). "
                + "A flagged app can fail several checks, so the checks of a family add up to more than its flagged "
                + "apps.</p>\n");
        h.append(Figures.figure("Figure 2.1", "Problems per store, stacked by check and coloured by family",
                checkChart(stores)));
        h.append("<h3>Table 2.1 Flagged apps per family: problem rate (flagged of audited, 95 % interval)</h3>\n");
        h.append("<table class=\"numbers matrix\">\n<thead><tr><th class=\"text\">Family</th>");
        stores.forEach(s -> h.append("<th>").append(Escape.html(s.storeName())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (Family f : Family.values()) {
            h.append("<tr><th class=\"text\"><span class=\"swatch\" style=\"background:").append(Palette.family(f))
                    .append("\"></span>").append(f.name()).append(" ").append(Escape.html(f.chinese()))
                    .append("<br><small>").append(Escape.html(f.english())).append("</small></th>");
            for (StoreRates s : stores) {
                FamilyRates fr = s.families().stream().filter(x -> x.family().equals(f.name())).findFirst().orElseThrow();
                h.append("<td>").append(cell(fr.flagged(), true)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append("<h3>Table 2.2 Flagged apps per check: problem rate (flagged of the apps the check could be evaluated for)</h3>\n");
        h.append("<table class=\"numbers matrix checks\">\n<thead><tr><th class=\"text\">Check</th>");
        stores.forEach(s -> h.append("<th>").append(Escape.html(s.storeName())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (CheckId c : CheckId.values()) {
            h.append("<tr><th class=\"text\"><span class=\"swatch\" style=\"background:").append(Palette.check(c))
                    .append("\"></span>").append(c.name()).append(" <small>").append(Escape.html(c.title()))
                    .append("</small></th>");
            for (StoreRates s : stores) {
                CheckRates cr = check(s, c);
                h.append("<td>");
                cr.notEvaluated().ifPresentOrElse(none -> h.append("<span class=\"na\" title=\"")
                        .append(Escape.html(none.explanation())).append("\">").append(Escape.html(none.label()))
                        .append("</span>"), () -> h.append(cell(cr.flagged(), false)));
                if (cr.informational() > 0) {
                    h.append("<br><small class=\"info\">+").append(cr.informational()).append(" related entity</small>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">A check's rate counts only the apps it could be evaluated for "
                + "(its coverage, table 5.1). <i>not shown</i>: the disclosure the check needs was found on too few "
                + "of the store's apps this quarter (a platform-level observation with the measured share, section 5), so the check is unknown there, not passed. "
                + "<i>not evaluated</i>: no audited app of the store gave what the check needs (a probe of its links, "
                + "the delivered APK, the package in another store), so there is no rate, not a rate of 0. "
                + "<i>related entity</i>: developer and operator of one corporate group under different names "
                + "(informational, not a problem).</p>\n");
        h.append(developers());
        return h.append("</section>\n").toString();
    }

    static CheckRates check(StoreRates s, CheckId c) {
        return s.checks().stream().filter(x -> x.check().equals(c.name())).findFirst().orElseThrow();
    }

    private static String cell(Proportion p, boolean interval) {
        if (p.rate() == null) {
            return "–";
        }
        String cls = p.k() == 0 ? "zero" : "";
        return "<b class=\"" + cls + "\">" + Format.pct(p.rate()) + "</b><br><small>" + Format.count(p.k()) + " of "
                + Format.count(p.n()) + (interval ? " · " + Format.interval(p) : "") + "</small>";
    }

    private static String checkChart(List<StoreRates> stores) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (StoreRates s : stores) {
            List<BarChart.Segment> segments = new ArrayList<>();
            for (CheckId c : CheckId.values()) {
                long k = check(s, c).flagged().k();
                if (k > 0) {
                    segments.add(new BarChart.Segment(k, Palette.check(c), c.name(), s.storeName() + " " + c.name()
                            + " " + c.title() + ": " + Format.count(k, "problem", "problems")));
                }
            }
            rows.add(new BarChart.Row(s.storeName(), List.of(new BarChart.Bar(segments,
                    Format.count(s.share().problems(), "problem", "problems"), null, ""))));
        }
        List<BarChart.Legend> legend = new ArrayList<>();
        for (Family f : Family.values()) {
            legend.add(new BarChart.Legend(Palette.family(f), f.name() + " " + f.chinese(), false));
        }
        return new BarChart("Problems per store by check", "Problems (one per app and failed check)", false, null)
                .svg(rows, legend, "For each store, its problems stacked by check; the segment label is the check id.");
    }

    private String developers() {
        List<DeveloperProblems> devs = data.developers();
        if (devs.isEmpty()) {
            return "<h3>Developers with the most problems</h3>\n<p>No problems this quarter.</p>\n";
        }
        List<BarChart.Row> rows = new ArrayList<>();
        for (DeveloperProblems d : devs) {
            rows.add(new BarChart.Row(d.developer(), List.of(new BarChart.Bar(List.of(new BarChart.Segment(
                    d.problems(), "#8c6d46", "", d.developer() + ": " + Format.count(d.problems(), "problem", "problems") + " in "
                    + Format.count(d.apps(), "app", "apps") + "; stores: " + String.join(", ", d.stores().stream().map(TrendSection::storeName).toList()))),
                    Format.count(d.problems(), "problem", "problems") + " · " + Format.count(d.apps(), "app", "apps"), null,
                    ""))));
        }
        return Figures.figure("Figure 2.2", "The " + devs.size() + " developers with the most problems this quarter "
                        + "(as the stores name them)",
                new BarChart("Developers with the most problems", "Problems", false, null)
                        .svg(rows, List.of(), "Developers named in the most problem findings this quarter."));
    }
}
