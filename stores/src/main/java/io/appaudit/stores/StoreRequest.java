package io.appaudit.stores;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request an adapter wants made, with the store's canonical URL (the crawler rewrites it to a configured
 * mirror or replay). A GET without a body can go through the crawl frontier; anything else is fetched directly.
 *
 * @param purpose what the response will be read as
 */
public record StoreRequest(StoreId store, Purpose purpose, String method, String url, Map<String, String> headers,
                           Optional<byte[]> body) {

    /** What a response to the request is for. */
    public enum Purpose {
        /** A category page, ranking, feed or search page that lists apps. */
        DISCOVERY,
        /** The main source of one listing. */
        LISTING,
        /** A second source for the same listing (Tencent's a.app.qq.com page). */
        SUPPLEMENT,
        /** A session token (Huawei's Interface-Code). */
        TOKEN
    }

    public StoreRequest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Store request URL must be http(s): " + url);
        }
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        body = Objects.requireNonNull(body, "body").map(b -> Arrays.copyOf(b, b.length));
    }

    public static StoreRequest get(StoreId store, Purpose purpose, String url) {
        return new StoreRequest(store, purpose, "GET", url, Map.of(), Optional.empty());
    }

    public static StoreRequest get(StoreId store, Purpose purpose, String url, Map<String, String> headers) {
        return new StoreRequest(store, purpose, "GET", url, headers, Optional.empty());
    }

    public static StoreRequest post(StoreId store, Purpose purpose, String url, Map<String, String> headers,
                                    byte[] body) {
        return new StoreRequest(store, purpose, "POST", url, headers, Optional.of(body));
    }

    /** The same request with one more header (replacing a header of that name). */
    public StoreRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        h.put(name, value);
        return new StoreRequest(store, purpose, method, url, h, body);
    }

    /** True when the request can be queued in a URL frontier: a GET without a body. */
    public boolean isPlainGet() {
        return "GET".equals(method) && body.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreRequest r && store == r.store && purpose == r.purpose && method.equals(r.method)
                && url.equals(r.url) && headers.equals(r.headers)
                && Arrays.equals(body.orElse(null), r.body.orElse(null));
    }

    @Override
    public int hashCode() {
        return Objects.hash(store, purpose, method, url, headers) * 31 + Arrays.hashCode(body.orElse(null));
    }

    @Override
    public String toString() {
        return method + " " + url + " (" + store + " " + purpose + ")";
    }
}
