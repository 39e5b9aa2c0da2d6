package io.appaudit.crawler.demo;

import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fetches store requests from a replay the way the crawler's fetch.replay-base does: {@code https://<host>/<path>}
 * becomes {@code <base>/<host>/<path>} (method, headers and body kept, the fragment never sent), and redirects are
 * followed by resolving each Location against the canonical URL of the hop.
 */
final class ReplayClient {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** A followed download: the canonical URLs visited, and the last answer. */
    record Followed(List<String> chain, HttpResponse<byte[]> last) {

        String finalUrl() {
            return chain.get(chain.size() - 1);
        }

        /** The file name of {@code Content-Disposition: attachment; filename="…"}, when there is one. */
        Optional<String> fileName() {
            return last.headers().firstValue("Content-Disposition").flatMap(v -> {
                int i = v.indexOf("filename=\"");
                return i < 0 ? Optional.empty() : Optional.of(v.substring(i + 10, v.indexOf('"', i + 10)));
            });
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ReplayClient(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    String replayUrl(String canonical) {
        int hash = canonical.indexOf('#');
        String url = hash < 0 ? canonical : canonical.substring(0, hash);
        return base + "/" + url.substring(url.indexOf("://") + 3);
    }

    /** The store request's response, as the adapter sees it (its URL the canonical one). */
    StoreResponse fetch(StoreRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(replayUrl(request.url())))
                .method(request.method(), request.body().map(HttpRequest.BodyPublishers::ofByteArray)
                        .orElse(HttpRequest.BodyPublishers.noBody()));
        request.headers().forEach((k, v) -> {
            if (!RESTRICTED.contains(k.toLowerCase(Locale.ROOT))) {
                b.header(k, v);
            }
        });
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().map().forEach((k, v) -> headers.put(k, v.get(0)));
        return new StoreResponse(request.url(), r.statusCode(), headers, r.body(), Instant.now());
    }

    /** Sends {@code method} to the URL and follows redirects, with the given extra header (or none). */
    Followed follow(String canonical, String method, Optional<String[]> header)
            throws IOException, InterruptedException {
        List<String> chain = new ArrayList<>(List.of(canonical));
        String url = canonical;
        for (int hops = 0; hops < 10; hops++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(replayUrl(url)))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            header.ifPresent(h -> b.header(h[0], h[1]));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Optional<String> location = r.headers().firstValue("Location");
            if (r.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Followed(chain, r);
            }
            url = URI.create(url).resolve(location.get()).toString();
            chain.add(url);
        }
        throw new IOException("more than 10 redirects from " + canonical);
    }

    /** A plain request to a canonical URL, no redirects followed. */
    HttpResponse<byte[]> send(String canonical, String method) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(replayUrl(canonical)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
