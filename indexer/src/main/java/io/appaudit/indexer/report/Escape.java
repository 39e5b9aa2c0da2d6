package io.appaudit.indexer.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How text from a store reaches each output: HTML and SVG text and attribute values (markup characters as
 * entities, control characters replaced), links (only http and https), CSV cells (RFC 4180 quoting, formulas
 * defused as {@code appaudit rates --csv} does). Store text is never trusted: a name can be
 * {@code <script>alert(1)</script>}.
 */
final class Escape {

    /** Control characters other than tab and newline: not allowed in XML, and meaningless in a report. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern BIDI = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Escape() {
    }

    /** Text for an HTML or SVG text node or a quoted attribute value; null is empty. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        String clean = CONTROL.matcher(s).replaceAll("\uFFFD");
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for SVG, which has no {@code <bdi>}: escaped, with bidirectional controls removed so that a label cannot
     * reorder the chart's text around it.
     */
    static String svg(String s) {
        return html(s == null ? null : BIDI.matcher(s).replaceAll(""));
    }

    /**
     * Store text in an HTML page: escaped and isolated in {@code <bdi>}, so a right-to-left override in a name
     * cannot reorder the text around it.
     */
    static String storeText(String s) {
        return s == null || s.isEmpty() ? "" : "<bdi>" + html(s) + "</bdi>";
    }

    /** The URL, when it is an absolute http or https URL with a host: the only kind the report makes a link of. */
    static Optional<String> webUrl(String s) {
        if (s == null || s.isBlank() || !s.equals(s.strip()) || CONTROL.matcher(s).find()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                    ? Optional.of(s) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A link to a store page when the URL is http(s); otherwise the URL as plain text. */
    static String link(String url, String text) {
        return webUrl(url).map(u -> "<a href=\"" + html(u) + "\" rel=\"noopener noreferrer nofollow\">"
                + storeText(text) + "</a>").orElseGet(() -> storeText(url));
    }

    /**
     * One CSV cell: RFC 4180 quoting; control characters (but line breaks) written as {@code \\uXXXX}; and no
     * formula a spreadsheet could run: a cell that starts with {@code = + - @} is prefixed with an apostrophe, and so
     * is such a character after anything a spreadsheet may split a cell at (comma, semicolon, tab, bar, line break),
     * whatever separator it was told to use. Numbers stay numbers.
     */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (NUMBER.matcher(s).matches()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean cellStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (cellStart && "=+-@".indexOf(c) >= 0) {
                b.append('\'');
            }
            if (c != '\n' && c != '\r' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                cellStart = c == '\t';
                continue;
            }
            b.append(c);
            if (",;|\n\r".indexOf(c) >= 0) {
                cellStart = true;
            } else if (!(cellStart && (c == ' ' || c == '"'))) {
                cellStart = false;
            }
        }
        String v = b.toString();
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** At most {@code max} characters (code points, so no character is cut in half), with an ellipsis when cut. */
    static String shorten(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s == null ? "" : s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
