package io.appaudit.indexer.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A trend: one line per store over the quarters, a marker per known value, gaps where a quarter has none; markers
 * that would cover each other (equal rates) are set side by side.
 */
final class LineChart {

    /** One line; a null value is a quarter without data; tooltips per point. */
    record Series(String name, String color, List<Double> values, List<String> tooltips) {
        Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            tooltips = List.copyOf(tooltips);
        }
    }

    private static final int WIDTH = BarChart.WIDTH;
    private static final int LEFT = 70;
    private static final int RIGHT = 40;
    private static final int PLOT_HEIGHT = 240;
    private static final double DOT = 4.5;
    /** Horizontal distance between the dots of stores whose rates of a quarter would overlap. */
    private static final double DODGE = 2 * DOT + 1;

    private final String title;
    private final String axisTitle;
    private final String categoryTitle;

    LineChart(String title, String axisTitle, String categoryTitle) {
        this.title = title;
        this.axisTitle = axisTitle;
        this.categoryTitle = categoryTitle;
    }

    String svg(List<String> categories, List<Series> series, String description) {
        List<BarChart.Legend> legend = series.stream().map(s -> new BarChart.Legend(s.color(), s.name(), false)).toList();
        double largest = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Axis axis = Axis.of(largest, true);
        double plot = WIDTH - LEFT - RIGHT;
        double top = 12 + LegendRows.height(legend, WIDTH - 20);
        double bottom = top + PLOT_HEIGHT;
        Svg svg = new Svg(WIDTH, (int) bottom + 48, title, description);
        LegendRows.draw(svg, legend, 10, 8, WIDTH - 20);
        for (double t : axis.ticks()) {
            double y = bottom - PLOT_HEIGHT * t / axis.max();
            svg.line(LEFT, y, LEFT + plot, y, t == 0 ? "axis" : "grid");
            svg.text(LEFT - 6, y + 4, axis.format(t), "end", "tick");
        }
        // Each quarter in the middle of its own band, so the first is clear of the value axis.
        double step = plot / Math.max(1, categories.size());
        double x0 = LEFT + step / 2;
        for (int i = 0; i < categories.size(); i++) {
            svg.text(x0 + i * step, bottom + 16, categories.get(i), "middle", "tick");
        }
        svg.text(LEFT + plot / 2, bottom + 38, categoryTitle, "middle", "axis-title");
        svg.verticalText(16, top + PLOT_HEIGHT / 2.0, axisTitle, "axis-title");
        double[][] dx = dodge(series, categories.size(), axis, bottom);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < s.values().size() && i < categories.size(); i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    continue;
                }
                boolean joined = i > 0 && s.values().get(i - 1) != null;
                d.append(joined ? " L" : " M").append(Svg.num(x0 + i * step + dx[k][i])).append(' ')
                        .append(Svg.num(y(v, axis, bottom)));
            }
            if (!d.isEmpty()) {
                svg.path(d.toString().trim(), s.color(), "none", 2.5, s.name());
            }
            for (int i = 0; i < s.values().size() && i < categories.size(); i++) {
                Double v = s.values().get(i);
                if (v != null) {
                    svg.circle(x0 + i * step + dx[k][i], y(v, axis, bottom), DOT, s.color(), s.tooltips().get(i));
                }
            }
        }
        return svg.end();
    }

    private static double y(double v, Axis axis, double bottom) {
        return bottom - PLOT_HEIGHT * Math.min(v, axis.max()) / axis.max();
    }

    /**
     * Per series and quarter, a horizontal offset: dots of one quarter closer than a dot's width (equal rates, say)
     * are set side by side around the quarter's position, in the legend's order, so that every store stays visible.
     */
    private static double[][] dodge(List<Series> series, int quarters, Axis axis, double bottom) {
        double[][] dx = new double[series.size()][quarters];
        for (int i = 0; i < quarters; i++) {
            int q = i;
            List<Integer> present = new ArrayList<>();
            for (int k = 0; k < series.size(); k++) {
                if (q < series.get(k).values().size() && series.get(k).values().get(q) != null) {
                    present.add(k);
                }
            }
            present.sort(Comparator.comparingDouble((Integer k) -> y(series.get(k).values().get(q), axis, bottom))
                    .thenComparingInt(k -> k));
            int start = 0;
            while (start < present.size()) {
                int end = start + 1;
                while (end < present.size() && y(series.get(present.get(end)).values().get(q), axis, bottom)
                        - y(series.get(present.get(end - 1)).values().get(q), axis, bottom) < 2 * DOT) {
                    end++;
                }
                List<Integer> group = new ArrayList<>(present.subList(start, end));
                group.sort(Integer::compare);
                for (int j = 0; j < group.size(); j++) {
                    dx[group.get(j)][q] = (j - (group.size() - 1) / 2.0) * DODGE;
                }
                start = end;
            }
        }
        return dx;
    }
}
