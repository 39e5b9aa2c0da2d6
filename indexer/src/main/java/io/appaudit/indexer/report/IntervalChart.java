package io.appaudit.indexer.report;

import java.util.List;

/** Rates with their 95 % intervals: per row a dot at the rate and a whisker from the lower to the upper bound. */
final class IntervalChart {

    /** One row; rate, low and high are null when nothing was audited. */
    record Row(String label, Double rate, Double low, Double high, String after, boolean total) {
    }

    private static final int WIDTH = BarChart.WIDTH;
    private static final int LABEL = 170;
    private static final int RIGHT = 170;
    private static final int ROW = 30;

    private final String title;
    private final String axisTitle;

    IntervalChart(String title, String axisTitle) {
        this.title = title;
        this.axisTitle = axisTitle;
    }

    String svg(List<Row> rows, String description) {
        double largest = rows.stream().filter(r -> r.high() != null).mapToDouble(Row::high).max().orElse(0);
        Axis axis = Axis.of(largest, true);
        double plot = WIDTH - LABEL - RIGHT;
        double top = 10;
        double bottom = top + rows.size() * ROW;
        Svg svg = new Svg(WIDTH, (int) bottom + 44, title, description);
        for (double t : axis.ticks()) {
            double x = axis.x(t, LABEL, plot);
            svg.line(x, top, x, bottom, t == 0 ? "axis" : "grid");
            svg.text(x, bottom + 15, axis.format(t), "middle", "tick");
        }
        svg.text(LABEL + plot / 2, bottom + 36, axisTitle, "middle", "axis-title");
        double y = top + ROW / 2.0;
        for (Row r : rows) {
            if (r.total()) {
                svg.line(10, y - ROW / 2.0, WIDTH - 10, y - ROW / 2.0, "separator");
            }
            svg.label(LABEL - 8, y + 4, r.label(), LABEL - 12, "end", r.total() ? "row-label total" : "row-label");
            if (r.rate() != null) {
                double lo = axis.x(r.low(), LABEL, plot);
                double hi = axis.x(r.high(), LABEL, plot);
                svg.line(lo, y, hi, y, "whisker");
                svg.line(lo, y - 6, lo, y + 6, "whisker");
                svg.line(hi, y - 6, hi, y + 6, "whisker");
                svg.circle(axis.x(r.rate(), LABEL, plot), y, 5.5, r.total() ? "#333" : "#1f5fa8", r.after());
                svg.text(hi + 10, y + 4, r.after(), "start", "value");
            } else {
                svg.text(LABEL + 6, y + 4, r.after(), "start", "value");
            }
            y += ROW;
        }
        return svg.end();
    }
}
