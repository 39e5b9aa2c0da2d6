package io.appaudit.crawler.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.evidence.WarcScanner;
import io.appaudit.indexer.OwnerOnly;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.kit.QueryParams;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the exchanges a crawl captured as WARC evidence into a replay WireMock serves ({@code mappings/} and
 * {@code __files/}), keyed the way {@code fetch.replay-base} addresses it: method, {@code /<host>/<path>}, query
 * parameters and, for a POST, its body. A request asked again keeps its latest answer; a 304 (which says nothing
 * of the content) is left out; bodies are stored decoded. A request the recording does not hold is answered 400
 * "not in this recording", which adapters read as an unreadable page, never as an app that is not listed.
 */
public final class ReplayExport {

    /** Response headers worth replaying; the rest describe the original connection or encoding. */
    private static final Set<String> KEPT_HEADERS = Set.of("content-type", "location", "content-disposition",
            "etag", "last-modified", "retry-after", "cache-control");
    /** Bodies decoded above this size are cut: a replay holds pages, not APKs. */
    private static final long MAX_BODY = 64L << 20;

    /** What was written. */
    public record Written(int stubs, int skipped, Map<StoreId, Integer> perStore) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the exchanges captured for {@code stores} at or after {@code since} into {@code out}. */
    public Written export(WarcArchive archive, Collection<StoreId> stores, Instant since, Path out)
            throws IOException {
        OwnerOnly.createFolders(out.resolve("mappings"));
        // WARC-Date keeps whole seconds: an exchange in the crawl's first second is dated before its start.
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        int skipped = 0;
        Map<StoreId, Integer> perStore = new TreeMap<>();
        int total = 0;
        for (StoreId store : stores) {
            Map<String, CapturedExchange> latest = new LinkedHashMap<>();
            List<Path> files = new ArrayList<>(archive.files(store));
            java.util.Collections.reverse(files); // oldest first, so a later answer replaces an earlier one
            int[] skip = {0};
            for (Path f : files) {
                WarcScanner.scan(f, c -> {
                    if (c.date().isBefore(from) || c.status() == 304 || c.status() < 100 || c.request().isEmpty()
                            || c.truncated()) {
                        skip[0]++;
                    } else {
                        latest.put(key(c), c);
                    }
                    return true;
                });
            }
            skipped += skip[0];
            ArrayNode stubs = json.createArrayNode();
            int n = 0;
            for (CapturedExchange c : latest.values()) {
                String bodyFile = "recorded/" + store.id() + "/" + String.format(Locale.ROOT, "%05d", ++n) + ".body";
                Path target = out.resolve("__files").resolve(bodyFile);
                OwnerOnly.createFolders(target.getParent());
                Files.write(target, c.decodedBody(MAX_BODY));
                stubs.add(stub(c, bodyFile));
            }
            ObjectNode file = json.createObjectNode();
            file.set("mappings", stubs);
            json.writeValue(out.resolve("mappings").resolve(store.id() + ".json").toFile(), file);
            perStore.put(store, n);
            total += n;
        }
        writeFallback(out);
        return new Written(total, skipped, perStore);
    }

    private static String key(CapturedExchange c) {
        Request r = Request.of(c);
        return r.method + " " + c.storeUrl() + "\u0000" + r.body;
    }

    private ObjectNode stub(CapturedExchange c, String bodyFile) {
        Request r = Request.of(c);
        URI u = URI.create(c.storeUrl());
        ObjectNode stub = json.createObjectNode();
        ObjectNode req = stub.putObject("request");
        req.put("method", r.method);
        // WireMock matches the path as sent (still percent-encoded) and query parameters decoded.
        req.put("urlPath", "/" + u.getHost() + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/"
                : u.getRawPath()));
        Map<String, String> query = QueryParams.of(c.storeUrl());
        if (!query.isEmpty()) {
            ObjectNode q = req.putObject("queryParameters");
            query.forEach((name, value) -> q.putObject(name).put("equalTo", value));
        }
        if (!r.body.isEmpty()) {
            ObjectNode pattern = req.putArray("bodyPatterns").addObject();
            if (r.body.stripLeading().startsWith("{") || r.body.stripLeading().startsWith("[")) {
                pattern.put("equalToJson", r.body);
            } else {
                pattern.put("equalTo", r.body);
            }
        }
        ObjectNode resp = stub.putObject("response");
        resp.put("status", c.status());
        ObjectNode headers = json.createObjectNode();
        for (Map.Entry<String, String> h : c.headers()) {
            if (KEPT_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT)) && !headers.has(h.getKey())) {
                headers.put(h.getKey(), h.getValue());
            }
        }
        if (!headers.isEmpty()) {
            resp.set("headers", headers);
        }
        if (!"HEAD".equals(r.method)) {
            resp.put("bodyFileName", bodyFile);
        }
        return stub;
    }

    private void writeFallback(Path out) throws IOException {
        ObjectNode stub = json.createObjectNode();
        stub.put("priority", 100);
        stub.putObject("request").put("method", "ANY").put("urlPattern", ".*");
        ObjectNode resp = stub.putObject("response");
        resp.put("status", 400);
        resp.putObject("headers").put("Content-Type", "text/plain; charset=utf-8");
        resp.put("body", "appaudit replay: this request is not in this recording");
        ObjectNode file = json.createObjectNode();
        file.putArray("mappings").add(stub);
        json.writeValue(out.resolve("mappings").resolve("zz-not-recorded.json").toFile(), file);
    }

    /** The method and body of the recorded request. */
    private record Request(String method, String body) {
        static Request of(CapturedExchange c) {
            String text = c.request().orElse("GET / HTTP/1.1\n");
            int sp = text.indexOf(' ');
            String method = sp > 0 ? text.substring(0, sp) : "GET";
            int blank = text.indexOf("\n\n");
            return new Request(method, blank < 0 ? "" : text.substring(blank + 2));
        }
    }
}
