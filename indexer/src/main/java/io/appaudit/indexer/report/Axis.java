package io.appaudit.indexer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A value axis from zero with round ticks (1, 2, 2.5 or 5 times a power of ten), for percentages or counts. */
record Axis(double max, double step, boolean percent) {

    /** An axis that holds {@code largest}: percentages are shares (0.25 is 25 %), counts get whole-number ticks. */
    static Axis of(double largest, boolean percent) {
        if (largest <= 0 || Double.isNaN(largest)) {
            return percent ? new Axis(0.1, 0.02, true) : new Axis(5, 1, false);
        }
        double rough = largest / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / magnitude;
        double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
        if (!percent) {
            step = Math.max(1, Math.ceil(step));
        }
        double max = Math.ceil(largest / step - 1e-9) * step;
        if (percent && max > 1) {
            max = 1;
            step = 0.2;
        }
        return new Axis(max, step, percent);
    }

    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 1000; i++) {
            out.add(i * step);
        }
        return out;
    }

    String format(double v) {
        if (percent) {
            double pct = v * 100;
            return (Math.abs(pct - Math.rint(pct)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", pct)
                    : String.format(Locale.ROOT, "%.1f", pct)) + " %";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Where a value falls on an axis drawn from {@code x0} over {@code width}. */
    double x(double value, double x0, double width) {
        return x0 + width * Math.min(1, Math.max(0, value / max));
    }

    /** A rough width of a text in pixels at a font size, for laying out labels (Chinese characters are wider). */
    static double textWidth(String s, double fontPx) {
        double w = 0;
        for (int cp : s.codePoints().toArray()) {
            w += cp >= 0x2E80 ? fontPx : Character.isUpperCase(cp) ? fontPx * 0.68 : fontPx * 0.56;
        }
        return w;
    }
}
