package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 1: per store, the problem rate with its interval and, labelled apart, the regulator-style share. */
final class HeadlineSection {

    /**
     * The regulator's published shares of problems for Q1 2021 (AUDIT-RULES.md): shares of all problems it found,
     * over more stores than these five, by its own methods; shown as context, never compared as rates.
     */
    static final Map<String, Double> REGULATOR_Q1_2021 = Map.of(StoreId.TENCENT.id(), 0.1422,
            StoreId.XIAOMI.id(), 0.1381, StoreId.OPPO.id(), 0.1280, StoreId.HUAWEI.id(), 0.1137,
            StoreId.VIVO.id(), 0.1117);

    private final ReportData data;

    HeadlineSection(ReportData data) {
        this.data = data;
    }

    String html() {
        QuarterRates r = data.rates();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"headline\">\n<h2><span class=\"no\">1</span> Problem rate and share of problems "
                + "per store <span class=\"zh\">各商店问题率与问题占比</span></h2>\n");
        h.append(keyFigures(r));
        h.append("""
                <div class="definitions">
                <div class="def rate"><h3>Problem rate <span class="zh">问题率</span></h3>
                <p><b>flagged apps ÷ audited apps</b> of one store. An app is flagged when at least one check found a
                problem. The range is the 95 % Wilson interval: with few apps it is wide. Rates compare stores of any
                size.</p></div>
                <div class="def share"><h3>Share of problems <span class="zh">问题占比</span> — the regulator's figure</h3>
                <p><b>the store's problems ÷ all problems found in all audited stores</b> this quarter. A large store
                can have a large share and a low rate. The regulator's notices give shares, not rates: its Q1 2021
                shares are shown for context only (other stores, other methods).</p></div>
                </div>
                """);
        h.append("<table class=\"numbers headline\">\n<thead><tr><th rowspan=\"2\" class=\"text\">Store</th>"
                + "<th colspan=\"4\" class=\"group rate\">Problem rate = flagged ÷ audited</th>"
                + "<th colspan=\"3\" class=\"group share\">Share of problems (regulator-style)</th>"
                + "<th rowspan=\"2\" class=\"text\">Notes on the data</th></tr>\n<tr><th>Audited apps N</th>"
                + "<th>Flagged apps k</th><th>Problem rate</th><th>95 % interval</th><th>Problems</th>"
                + "<th>Share of all problems</th><th>Regulator's share, Q1 2021 (context)</th></tr></thead>\n<tbody>\n");
        for (StoreRates s : r.stores()) {
            h.append("<tr><th class=\"text\">").append(Escape.html(s.storeName())).append("</th><td>")
                    .append(Format.count(s.audited())).append("</td><td>").append(Format.count(s.flagged().k()))
                    .append("</td><td class=\"rate\">").append(Format.pct(s.flagged().rate())).append("</td><td>")
                    .append(Format.interval(s.flagged())).append("</td><td>").append(Format.count(s.share().problems()))
                    .append("</td><td class=\"share\">").append(Format.pct(s.share().share())).append("</td><td class=\"context\">")
                    .append(Format.pct(REGULATOR_Q1_2021.get(s.store()))).append("</td><td class=\"text notes\">")
                    .append(notes(Caveats.of(s, health(s.store())))).append("</td></tr>\n");
        }
        h.append("<tr class=\"total\"><th class=\"text\">All stores</th><td>").append(Format.count(r.totals().audited()))
                .append("</td><td>").append(Format.count(r.totals().flagged().k())).append("</td><td class=\"rate\">")
                .append(Format.pct(r.totals().flagged().rate())).append("</td><td>")
                .append(Format.interval(r.totals().flagged())).append("</td><td>")
                .append(Format.count(r.totals().problems())).append("</td><td class=\"share\">")
                .append(r.totals().problems() > 0 ? "100.0 %" : "–").append("</td><td></td><td></td></tr>\n");
        h.append("</tbody></table>\n");
        h.append(Figures.figure("Figure 1.1", "Problem rate per store, with its 95 % interval", rateChart(r)));
        h.append(Figures.figure("Figure 1.2", "Share of problems per store, in two panels with different bases: "
                + "(a) this quarter, of the problems found in the audited stores (together 100 %); (b) for context "
                + "only, the regulator's published Q1 2021 shares, of the problems in every store it reviewed (these "
                + "five together " + Format.pct(regulatorSum()) + "). The panels are not comparable: a longer bar in (a) "
                + "does not mean more problems than in 2021.", shareChart(r) + regulatorChart(r)));
        return h.append("</section>\n").toString();
    }

    private Optional<CrawlHealth> health(String store) {
        return data.crawlHealth().stream().filter(c -> c.store().equals(store)).findFirst();
    }

    private static String keyFigures(QuarterRates r) {
        List<String> items = new ArrayList<>();
        items.add(Format.count(r.totals().audited(), "app", "apps") + " audited in "
                + Format.count(r.stores().size(), "store", "stores") + "; "
                + Format.count(r.totals().flagged().k()) + " flagged: a problem rate of "
                + Format.pct(r.totals().flagged().rate()) + " (95 % interval " + Format.interval(r.totals().flagged())
                + ").");
        r.stores().stream().filter(s -> s.flagged().rate() != null)
                .max(Comparator.comparing(s -> s.flagged().rate()))
                .ifPresent(s -> items.add("Highest problem rate: " + s.storeName() + ", " + Format.pct(s.flagged().rate())
                        + " (" + Format.interval(s.flagged()) + ")."));
        r.stores().stream().filter(s -> s.share().share() != null).max(Comparator.comparing(s -> s.share().share()))
                .ifPresent(s -> items.add("Largest share of problems: " + s.storeName() + ", "
                        + Format.pct(s.share().share()) + " of " + Format.count(r.totals().problems(), "problem", "problems") + "."));
        items.add(Format.count(r.totals().changes().newProblems(), "problem", "problems") + " new since " + r.previousQuarter() + ", "
                + Format.count(r.totals().changes().persisting()) + " persisting, "
                + Format.count(r.totals().changes().rectified()) + " rectified.");
        if (!r.overdue().isEmpty()) {
            items.add(Format.count(r.overdue().size(), "app", "apps") + " still listed after a take-down deadline.");
        }
        StringBuilder h = new StringBuilder("<ul class=\"key-figures\">\n");
        items.forEach(i -> h.append("<li>").append(Escape.html(i)).append("</li>\n"));
        return h.append("</ul>\n").toString();
    }

    static String notes(List<Caveats.Caveat> caveats) {
        if (caveats.isEmpty()) {
            return "<span class=\"ok\">—</span>";
        }
        StringBuilder h = new StringBuilder();
        for (Caveats.Caveat c : caveats) {
            h.append("<span class=\"").append(c.serious() ? "caveat serious" : "caveat").append("\">")
                    .append(Escape.html(c.text())).append("</span> ");
        }
        return h.toString().trim();
    }

    private static String rateChart(QuarterRates r) {
        List<IntervalChart.Row> rows = new ArrayList<>();
        for (StoreRates s : r.stores()) {
            rows.add(new IntervalChart.Row(s.storeName(), s.flagged().rate(), s.flagged().low(), s.flagged().high(),
                    s.flagged().rate() == null ? "nothing audited"
                            : Format.pct(s.flagged().rate()) + "  (" + Format.interval(s.flagged()) + ")", false));
        }
        rows.add(new IntervalChart.Row("All stores", r.totals().flagged().rate(), r.totals().flagged().low(),
                r.totals().flagged().high(), r.totals().flagged().rate() == null ? "nothing audited"
                : Format.pct(r.totals().flagged().rate()) + "  (" + Format.interval(r.totals().flagged()) + ")", true));
        return new IntervalChart("Problem rate per store", "Problem rate: flagged apps ÷ audited apps "
                + "(dot: rate; line: 95 % Wilson interval)")
                .svg(rows, "For each store, the share of its audited apps with at least one problem, and its interval.");
    }

    private static String shareChart(QuarterRates r) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (StoreRates s : r.stores()) {
            double share = s.share().share() == null ? 0 : s.share().share();
            rows.add(new BarChart.Row(s.storeName(), List.of(new BarChart.Bar(List.of(new BarChart.Segment(share,
                    "#5b8db8", "", s.storeName() + ": " + Format.count(s.share().problems()) + " of "
                    + Format.count(s.share().allProblems(), "problem", "problems"))), Format.pct(s.share().share())
                    + " (" + Format.count(s.share().problems()) + ")", null, ""))));
        }
        return panel("(a) This quarter: the store's problems ÷ the problems of all audited stores (together 100 %)")
                + new BarChart("Share of problems per store, this quarter", "Share of the problems found this "
                + "quarter in the audited stores", true, 1.0).svg(rows, List.of(),
                "For each store, its part of all problems found in the audited stores this quarter.");
    }

    /** The regulator's shares in their own panel, grey and on their own axis: context, not a baseline. */
    private static String regulatorChart(QuarterRates r) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (StoreRates s : r.stores()) {
            Double regulator = REGULATOR_Q1_2021.get(s.store());
            if (regulator != null) {
                rows.add(new BarChart.Row(s.storeName(), List.of(new BarChart.Bar(List.of(new BarChart.Segment(
                        regulator, "#bdbdbd", "", "Regulator, Q1 2021: " + Format.pct(regulator))),
                        Format.pct(regulator), null, ""))));
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        return panel("(b) Context only: the regulator's published shares, Q1 2021, of the problems in every store it "
                + "reviewed (these five together " + Format.pct(regulatorSum()) + ")")
                + new BarChart("The regulator's shares, Q1 2021", "Share of the problems the regulator found in "
                + "all stores it reviewed, Q1 2021", true, 1.0).svg(rows, List.of(),
                "The regulator's published share of problems per store in Q1 2021, another base than panel (a).");
    }

    private static String panel(String title) {
        return "<p class=\"panel\">" + Escape.html(title) + "</p>\n";
    }

    static double regulatorSum() {
        return REGULATOR_Q1_2021.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
