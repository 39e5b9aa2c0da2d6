package io.appaudit.stores.kit;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of a URL, decoded: the one query decoder of the store adapters (and of the crawler's replay
 * export). A repeated name keeps its <b>first</b> value, as {@code ServletRequest.getParameter} and most servers
 * read it. The stores' URLs never repeat a name (the adapters build their request URLs with each name once, and no URL
 * in the store samples or test fixtures repeats one), so the choice only matters for hostile input. A URL that does not
 * parse, or an escape that does not decode, gives no parameters rather than a guess.
 */
public final class QueryParams {

    /** Nine digits always fit an int. */
    private static final int MAX_DIGITS = 9;

    private QueryParams() {
    }

    /**
     * A query value percent-encoded in UTF-8, a space as {@code %20}: what Huawei's, OPPO's and vivo's APIs read
     * (vivo's H5 page and Obtainium's encoder both accept it).
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A whole-number parameter of a decoded query (a page number, an offset, a page size): see
     * {@link #wholeNumber(String)}; empty when the name is absent.
     */
    public static Optional<Integer> wholeNumber(Map<String, String> query, String name) {
        return wholeNumber(query.get(name));
    }

    /**
     * The one rule for a page number, offset or size read back from a request: 1 to 9 ASCII digits, so 0 to
     * 999,999,999 (far above any page bound, and never an overflow). Null, empty, a sign ({@code -1}, {@code +1}), a
     * space, a decimal point, more digits or any other character give empty rather than a guess; a caller that needs
     * a positive number filters out 0 itself.
     */
    public static Optional<Integer> wholeNumber(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(value));
    }

    /**
     * The decoded query parameters of {@code url} in their order, the first value of each name; a name without
     * {@code =} has the value "". Empty when the URL, or an escape in its query, does not parse.
     */
    public static Map<String, String> of(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            String q = URI.create(url).getRawQuery();
            if (q == null || q.isEmpty()) {
                return out;
            }
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            out.clear();
        }
        return out;
    }
}
