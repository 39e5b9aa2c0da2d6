package io.appaudit.stores;

import org.jsoup.nodes.Element;

/**
 * {@link Element#absUrl(String)} without its cost when the link is already a plain absolute http(s) URL, which jsoup
 * would give back unchanged: resolving parses three {@code java.net.URL}s and runs four regexes per link.
 */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** The attribute's URL made absolute against the element's base URI, exactly as {@code absUrl} gives it. */
    public static String of(Element element, String attribute) {
        String value = element.attr(attribute);
        return isPlain(value) ? value : element.absUrl(attribute);
    }

    /**
     * A lower-case http(s) scheme, a host of lower-case letters, digits, dots and dashes (no port, no user), then
     * printable ASCII with no backslash, and no dot segment ({@code /./}, {@code /../}) in the path, which
     * {@code java.net.URL} would rewrite.
     */
    static boolean isPlain(String url) {
        int hostStart = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (hostStart < 0) {
            return false;
        }
        int i = hostStart;
        while (i < url.length() && isHostChar(url.charAt(i))) {
            i++;
        }
        if (i == hostStart || (i < url.length() && "/?#".indexOf(url.charAt(i)) < 0)) {
            return false;
        }
        boolean inPath = true;
        for (int k = i; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
            if (c == '?' || c == '#') {
                inPath = false;
            } else if (inPath && c == '.' && url.charAt(k - 1) == '/') {
                return false; // a segment starting with a dot: "/./", "/../", "/.hidden" alike, left to jsoup
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
