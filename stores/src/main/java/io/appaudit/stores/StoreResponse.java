package io.appaudit.stores;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A response as the adapter sees it: status, headers, the decoded body bytes, and where and when it was fetched.
 * An HTTP status is data; the adapter decides what a 404 means.
 *
 * @param url the canonical URL the request was made for (before any mirror rewriting)
 */
public record StoreResponse(String url, int status, Map<String, String> headers, byte[] body, Instant fetchedAt) {

    public StoreResponse {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(h);
        body = Arrays.copyOf(body, body.length);
    }

    /** A 200 response with a UTF-8 body, for tests and for {@code appaudit parse}. */
    public static StoreResponse ok(String url, byte[] body, Instant fetchedAt) {
        return new StoreResponse(url, 200, Map.of(), body, fetchedAt);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The body decoded with the charset the Content-Type names, UTF-8 otherwise (all five stores use UTF-8). */
    public String text() {
        return new String(body, charset());
    }

    /**
     * True when the body decodes to blank text, as {@code text().isBlank()} says; a body holding a printable ASCII
     * character in UTF-8 (every JSON reply) is known not to be blank without decoding it.
     */
    public boolean isBlank() {
        if (charset().equals(StandardCharsets.UTF_8)) {
            for (byte b : body) {
                if (b > ' ' && b < 0x7f) {
                    return false;
                }
            }
        }
        return text().isBlank();
    }

    /** The charset {@link #text()} decodes with. */
    public Charset charset() {
        String ct = headers.getOrDefault("Content-Type", "").toLowerCase(Locale.ROOT);
        int i = ct.indexOf("charset=");
        if (i >= 0) {
            String name = ct.substring(i + 8).replace("\"", "").split("[;\\s]")[0];
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public byte[] body() {
        return Arrays.copyOf(body, body.length);
    }

    /** The body length without copying it. */
    public int bodyLength() {
        return body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreResponse r && url.equals(r.url) && status == r.status && headers.equals(r.headers)
                && Arrays.equals(body, r.body) && fetchedAt.equals(r.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, status, headers, fetchedAt) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + url + " (" + body.length + " bytes)";
    }
}
