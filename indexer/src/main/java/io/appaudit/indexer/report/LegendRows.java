package io.appaudit.indexer.report;

import java.util.List;

/** A chart's legend laid out in rows of swatches and labels that wrap at the chart's width. */
final class LegendRows {

    private static final double LINE = 18;
    private static final double FONT = 11.5;

    private LegendRows() {
    }

    static double height(List<BarChart.Legend> legend, double width) {
        return legend.isEmpty() ? 0 : lines(legend, width) * LINE + 6;
    }

    static void draw(Svg svg, List<BarChart.Legend> legend, double x0, double y0, double width) {
        double x = x0;
        double y = y0;
        for (BarChart.Legend l : legend) {
            double w = item(l);
            if (x > x0 && x + w > x0 + width) {
                x = x0;
                y += LINE;
            }
            if (l.marker()) {
                double cx = x + 6;
                double cy = y + 7;
                svg.path("M" + Svg.num(cx) + " " + Svg.num(cy - 6) + " L" + Svg.num(cx + 5) + " " + Svg.num(cy)
                        + " L" + Svg.num(cx) + " " + Svg.num(cy + 6) + " L" + Svg.num(cx - 5) + " " + Svg.num(cy)
                        + " Z", "#222", "#fff", 1.5, "");
            } else {
                svg.rect(x, y + 1, 12, 12, l.color(), "");
            }
            svg.text(x + 17, y + 11, l.label(), "start", "legend");
            x += w;
        }
    }

    private static int lines(List<BarChart.Legend> legend, double width) {
        int lines = 1;
        double x = 0;
        for (BarChart.Legend l : legend) {
            double w = item(l);
            if (x > 0 && x + w > width) {
                lines++;
                x = 0;
            }
            x += w;
        }
        return lines;
    }

    private static double item(BarChart.Legend l) {
        return 17 + Axis.textWidth(l.label(), FONT) + 16;
    }
}
