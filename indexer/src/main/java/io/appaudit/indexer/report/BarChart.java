package io.appaudit.indexer.report;

import java.util.List;

/**
 * A horizontal bar chart: one row per store (or developer), each with one bar or a group of bars, each bar one
 * segment or stacked segments, an optional marker per bar, a legend, and a labelled value axis.
 */
final class BarChart {

    /** One stretch of a bar; {@code inside} is printed on it when it fits. */
    record Segment(double value, String color, String inside, String tooltip) {
    }

    /** One bar: its segments stacked, the text after its end, and an optional marker (a diamond) at a value. */
    record Bar(List<Segment> segments, String after, Double marker, String markerTooltip) {
        Bar {
            segments = List.copyOf(segments);
        }

        double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    /** One row: its label and its bars (several bars: a group). */
    record Row(String label, List<Bar> bars) {
        Row {
            bars = List.copyOf(bars);
        }
    }

    /** One legend entry; a marker entry is drawn as a diamond. */
    record Legend(String color, String label, boolean marker) {
    }

    static final int WIDTH = 820;
    private static final int LABEL = 170;
    private static final int RIGHT = 150;
    private static final int BAR = 18;
    private static final int BAR_GAP = 3;
    private static final int ROW_GAP = 12;

    private final String title;
    private final String axisTitle;
    private final boolean percent;
    private final Double fixedMax;

    /** A chart titled {@code title} (for screen readers) with a value axis; {@code fixedMax} null: fitted. */
    BarChart(String title, String axisTitle, boolean percent, Double fixedMax) {
        this.title = title;
        this.axisTitle = axisTitle;
        this.percent = percent;
        this.fixedMax = fixedMax;
    }

    String svg(List<Row> rows, List<Legend> legend, String description) {
        double largest = rows.stream().flatMap(r -> r.bars().stream())
                .mapToDouble(b -> Math.max(b.total(), b.marker() == null ? 0 : b.marker())).max().orElse(0);
        Axis axis = fixedMax != null ? Axis.of(fixedMax, percent) : Axis.of(largest, percent);
        double plot = WIDTH - LABEL - RIGHT;
        double legendHeight = LegendRows.height(legend, WIDTH - 20);
        double top = 8 + legendHeight;
        double height = top;
        for (Row r : rows) {
            height += r.bars().size() * (BAR + BAR_GAP) - BAR_GAP + ROW_GAP;
        }
        double plotBottom = height;
        Svg svg = new Svg(WIDTH, (int) Math.ceil(plotBottom + 44), title, description);
        LegendRows.draw(svg, legend, 10, 8, WIDTH - 20);
        for (double t : axis.ticks()) {
            double x = axis.x(t, LABEL, plot);
            svg.line(x, top - 4, x, plotBottom, t == 0 ? "axis" : "grid");
            svg.text(x, plotBottom + 15, axis.format(t), "middle", "tick");
        }
        svg.text(LABEL + plot / 2, plotBottom + 36, axisTitle, "middle", "axis-title");
        double y = top + ROW_GAP / 2.0;
        for (Row r : rows) {
            double rowHeight = r.bars().size() * (BAR + BAR_GAP) - BAR_GAP;
            svg.label(LABEL - 8, y + rowHeight / 2 + 4, r.label(), LABEL - 12, "end", "row-label");
            for (Bar b : r.bars()) {
                drawBar(svg, axis, plot, y, b);
                y += BAR + BAR_GAP;
            }
            y += ROW_GAP - BAR_GAP;
        }
        return svg.end();
    }

    private static void drawBar(Svg svg, Axis axis, double plot, double y, Bar b) {
        double x = LABEL;
        double sum = 0;
        for (Segment s : b.segments()) {
            double x1 = axis.x(sum + s.value(), LABEL, plot);
            svg.rect(x, y, x1 - x, BAR, s.color(), s.tooltip());
            if (s.inside() != null && !s.inside().isEmpty() && x1 - x >= Axis.textWidth(s.inside(), 10) + 6) {
                svg.text((x + x1) / 2, y + BAR / 2.0 + 3.5, s.inside(), "middle", "inside");
            }
            sum += s.value();
            x = x1;
        }
        double end = x;
        if (b.marker() != null) {
            double mx = axis.x(b.marker(), LABEL, plot);
            double cy = y + BAR / 2.0;
            svg.path("M" + Svg.num(mx) + " " + Svg.num(cy - 8) + " L" + Svg.num(mx + 6) + " " + Svg.num(cy) + " L"
                    + Svg.num(mx) + " " + Svg.num(cy + 8) + " L" + Svg.num(mx - 6) + " " + Svg.num(cy) + " Z",
                    "#222", "#fff", 1.5, b.markerTooltip());
            end = Math.max(end, mx + 6);
        }
        if (b.after() != null && !b.after().isEmpty()) {
            svg.text(end + 6, y + BAR / 2.0 + 4, b.after(), "start", "value");
        }
    }
}
