package io.appaudit.stores;

import org.jsoup.nodes.Element;

/**
 * {@link Element#absUrl(String)} without its cost for the links stores write: a plain absolute http(s) URL, which
 * jsoup gives back unchanged, and a plain path ({@code /download/x.apk}) on a plain http(s) base, which it puts
 * after the base's scheme and host. Resolving otherwise parses three {@code java.net.URL}s and runs four regexes.
 */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** The attribute's URL made absolute against the element's base URI, exactly as {@code absUrl} gives it. */
    public static String of(Element element, String attribute) {
        String value = element.attr(attribute);
        if (origin(value) > 0) {
            return value;
        }
        if (value.startsWith("/") && !value.startsWith("//") && plainFrom(value, 0)) {
            String base = element.baseUri();
            int origin = origin(base);
            if (origin > 0) {
                return base.substring(0, origin) + value;
            }
        }
        return element.absUrl(attribute);
    }

    /** True for a URL that {@link #of} gives back as it is. */
    static boolean isPlain(String url) {
        return origin(url) > 0;
    }

    /**
     * The length of the scheme and host of a plain absolute URL, or -1: a lower-case http(s) scheme, a host of
     * lower-case letters, digits, dots and dashes (no port, no user), then only {@link #plainFrom plain} text.
     */
    private static int origin(String url) {
        int hostStart = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (hostStart < 0) {
            return -1;
        }
        int i = hostStart;
        while (i < url.length() && isHostChar(url.charAt(i))) {
            i++;
        }
        if (i == hostStart || (i < url.length() && "/?#".indexOf(url.charAt(i)) < 0) || !plainFrom(url, i)) {
            return -1;
        }
        return i;
    }

    /**
     * True when the text from {@code from} is printable ASCII with no backslash, and its path has no segment
     * starting with a dot ({@code /./}, {@code /../}), which {@code java.net.URL} and jsoup would rewrite.
     */
    private static boolean plainFrom(String url, int from) {
        boolean inPath = true;
        for (int k = from; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
            if (c == '?' || c == '#') {
                inPath = false;
            } else if (inPath && c == '.' && k > 0 && url.charAt(k - 1) == '/') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
