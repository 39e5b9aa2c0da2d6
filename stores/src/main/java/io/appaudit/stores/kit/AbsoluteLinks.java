package io.appaudit.stores.kit;

import org.jsoup.nodes.Element;

/**
 * {@link Element#absUrl(String)} without its cost for the links stores write: a {@link PlainUrls plain} absolute
 * http(s) URL, which jsoup gives back unchanged, and a plain path ({@code /download/x.apk}) on a plain base, which it
 * puts after the base's scheme and host. Resolving otherwise parses three {@code java.net.URL}s and runs four regexes.
 */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** The attribute's URL made absolute against the element's base URI, exactly as {@code absUrl} gives it. */
    public static String of(Element element, String attribute) {
        String value = element.attr(attribute);
        if (PlainUrls.isPlainHttp(value)) {
            return value;
        }
        if (value.startsWith("/") && !value.startsWith("//") && PlainUrls.plainFrom(value, 0)) {
            String base = element.baseUri();
            int origin = PlainUrls.origin(base);
            if (origin > 0) {
                return base.substring(0, origin) + value;
            }
        }
        return element.absUrl(attribute);
    }
}
