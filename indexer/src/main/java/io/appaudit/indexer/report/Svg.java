package io.appaudit.indexer.report;

import java.util.Locale;

/**
 * Writes one inline SVG chart: a fixed-size drawing (width, height and viewBox, so it renders without scripts and
 * scales with the page) of rectangles, lines, circles, paths and text, every text and tooltip escaped.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Starts a drawing; {@code title} and {@code description} are what a screen reader announces. */
    Svg(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\"><title>").append(Escape.svg(title)).append("</title><desc>")
                .append(Escape.svg(description)).append("</desc>\n");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A filled rectangle with an optional tooltip (empty: none). */
    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
                .append(Escape.svg(fill)).append('"');
        return tooltip(tooltip, "rect");
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cssClass)
                .append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(Escape.svg(fill)).append('"');
        return tooltip(tooltip, "circle");
    }

    /** A path (for lines of a trend and marker shapes); fill "none" for a line. */
    Svg path(String d, String stroke, String fill, double strokeWidth, String tooltip) {
        out.append("<path d=\"").append(Escape.svg(d)).append("\" stroke=\"").append(Escape.svg(stroke))
                .append("\" fill=\"").append(Escape.svg(fill)).append("\" stroke-width=\"").append(num(strokeWidth))
                .append('"');
        return tooltip(tooltip, "path");
    }

    /** Text; anchor is start, middle or end; cssClass picks the style from the page's stylesheet. */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">").append(Escape.svg(text))
                .append("</text>\n");
        return this;
    }

    /** Text turned to read upwards, centred on (x, y): the title of a vertical axis. */
    Svg verticalText(double x, double y, String text, String cssClass) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
                .append(")\" class=\"").append(cssClass).append("\">").append(Escape.svg(text)).append("</text>\n");
        return this;
    }

    /** The row labels' font size in pixels (report.css: {@code svg .row-label}, bold). */
    static final double LABEL_FONT = 13;

    /**
     * A row label cut at the right, with an ellipsis, to fit {@code width} pixels (so a right-aligned label never runs
     * off the drawing's left edge); the whole of it as a tooltip.
     */
    Svg label(double x, double y, String text, double width, String anchor, String cssClass) {
        String shown = fit(text, width);
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\"><title>").append(Escape.svg(text))
                .append("</title>").append(Escape.svg(shown)).append("</text>\n");
        return this;
    }

    /** The text, or its beginning and an ellipsis, no wider than {@code width} pixels at the row labels' font. */
    static String fit(String text, double width) {
        String t = text == null ? "" : text;
        double font = LABEL_FONT * 1.05; // bold glyphs run a little wider than the estimate
        if (Axis.textWidth(t, font) <= width) {
            return t;
        }
        StringBuilder shown = new StringBuilder();
        double used = Axis.textWidth("…", font);
        for (int cp : t.codePoints().toArray()) {
            double w = Axis.textWidth(Character.toString(cp), font);
            if (used + w > width) {
                break;
            }
            shown.appendCodePoint(cp);
            used += w;
        }
        return shown.toString().stripTrailing() + "…";
    }

    private Svg tooltip(String tooltip, String element) {
        if (tooltip == null || tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Escape.svg(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }
}
