package io.appaudit.stores.kit;

/**
 * URLs plain enough to be read without {@code java.net.URI} or {@code java.net.URL}, which cost a few microseconds
 * per link: a lower-case http(s) scheme, a host name by RFC 2396 in lower case (no port, no user), then ASCII
 * characters legal in a URI, escapes well formed, at most one {@code #}, and no dot segment in the path. For such a
 * URL, {@code URI.create} succeeds with that scheme and host, and {@code java.net.URL} (so jsoup's {@code absUrl})
 * gives it back unchanged; anything else is left to those classes.
 */
public final class PlainUrls {

    /** ASCII characters legal in a URI's path, query and fragment: letters, digits, marks, reserved, the slash. */
    private static final boolean[] LEGAL = new boolean[128];

    static {
        for (char c : "-_.!~*'();:@&=+$,/?".toCharArray()) {
            LEGAL[c] = true;
        }
        for (char c = '0'; c <= 'z'; c++) {
            LEGAL[c] |= isAlphanumeric(c);
        }
    }

    private PlainUrls() {
    }

    /** True when {@code url} is a plain http(s) URL. */
    public static boolean isPlainHttp(String url) {
        return origin(url) > 0;
    }

    /**
     * The one rule for "is an http(s) URL": {@code http://} or {@code https://} (in any letter case) and then a host
     * that is not blank, after any user info and before any port, path, query or fragment. Read from the text alone:
     * no text makes it throw, and a link the stores send with characters {@code java.net.URI} refuses (a space, a
     * {@code |}) still counts, as browsers and HTTP clients escape them. The text is taken as given: store text is
     * cleaned ({@link Text#clean}) before it is asked about, so padding is no URL.
     */
    public static boolean isHttp(String url) {
        if (isPlainHttp(url)) {
            return true; // the common case, known without looking for the host's end
        }
        int start = url.regionMatches(true, 0, "https://", 0, 8) ? 8
                : url.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (start < 0) {
            return false;
        }
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.indexOf(':');
        return Text.clean(colon < 0 ? host : host.substring(0, colon)) != null;
    }

    /** The length of a plain URL's scheme and host ({@code https://host}), or -1 when the URL is not plain. */
    static int origin(String url) {
        int hostStart = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (hostStart < 0) {
            return -1;
        }
        int end = hostEnd(url, hostStart);
        if (end < 0 || (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) || !plainFrom(url, end)) {
            return -1;
        }
        return end;
    }

    /**
     * True when the text from {@code from} holds only legal URI characters, well-formed escapes and at most one
     * {@code #}, and its path has no segment starting with a dot ({@code /./}, {@code /../}), which URL readers
     * rewrite.
     */
    static boolean plainFrom(String url, int from) {
        boolean inPath = true;
        boolean fragment = false;
        for (int k = from; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c == '%') {
                if (k + 2 >= url.length() || !isHex(url.charAt(k + 1)) || !isHex(url.charAt(k + 2))) {
                    return false;
                }
                k += 2;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
                inPath = false;
            } else if (c >= LEGAL.length || !LEGAL[c]) {
                return false;
            } else if (c == '?') {
                inPath = false;
            } else if (inPath && c == '.' && k > 0 && url.charAt(k - 1) == '/') {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of an RFC 2396 host name starting at {@code from}: labels of lower-case letters and digits with inner
     * dashes, joined by dots, the last starting with a letter when there are several; -1 when there is none.
     */
    private static int hostEnd(String url, int from) {
        int i = from;
        int lastLabel = -1;
        while (true) {
            int label = i;
            while (i < url.length() && (isLower(url.charAt(i)) || isDigit(url.charAt(i)) || url.charAt(i) == '-')) {
                i++;
            }
            if (i == label || url.charAt(label) == '-' || url.charAt(i - 1) == '-') {
                return -1;
            }
            lastLabel = label;
            if (i < url.length() && url.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        return lastLabel > from && !isLower(url.charAt(lastLabel)) ? -1 : i;
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlphanumeric(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
