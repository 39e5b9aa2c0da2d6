package io.appaudit.stores.kit;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of a URL, decoded: the one query decoder of the store adapters (and of the crawler's replay
 * export). A repeated name keeps its <b>first</b> value, as {@code ServletRequest.getParameter} and most servers
 * read it. The stores' URLs never repeat a name (the adapters build their request URLs with each name once, and no URL
 * in the store samples or test fixtures repeats one), so the choice only matters for hostile input. A URL that does not
 * parse, or an escape that does not decode, gives no parameters rather than a guess.
 */
public final class QueryParams {

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
