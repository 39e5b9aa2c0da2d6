package io.appaudit.crawler.demo;

import java.util.Locale;

/** Escaping for the HTML pages and the JSON embedded in their scripts. */
final class Markup {

    private Markup() {
    }

    /** Text or attribute value in HTML. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A count as Chinese stores print it: {@code 265.0 亿}, {@code 1501.3 万}. */
    static String count(long n) {
        return n >= 100_000_000L ? String.format(Locale.ROOT, "%.1f 亿", n / 1e8)
                : String.format(Locale.ROOT, "%.1f 万", n / 1e4);
    }

    /** JSON inside a {@code <script>}: "</" could close the script, so it is written "<\/" (valid JSON). */
    static String script(String json) {
        return json.replace("</", "<\\/");
    }
}
