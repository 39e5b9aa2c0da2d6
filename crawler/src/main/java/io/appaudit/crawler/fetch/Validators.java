package io.appaudit.crawler.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.evidence.WarcLocation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The validators (ETag, Last-Modified) of each URL's last 200 answer and where that answer was captured, kept
 * across runs: a re-crawl asks conditionally and, on 304, reads the page back from the capture.
 */
public final class Validators {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a URL's last full answer carried, and where it is kept. */
    public record Entry(Optional<String> etag, Optional<String> lastModified, WarcLocation capture) {
        public Entry {
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(capture, "capture");
            if (etag.isEmpty() && lastModified.isEmpty()) {
                throw new IllegalArgumentException("A validator entry needs an ETag or a Last-Modified");
            }
        }
    }

    private final Map<String, String> map;

    /** @param map the persistent map to keep entries in (URL → JSON), shared with the store's crawl state */
    public Validators(Map<String, String> map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    public Optional<Entry> get(String url) {
        String v = map.get(url);
        if (v == null) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(v);
            WarcLocation at = new WarcLocation(n.path("file").asText(), n.path("offset").asLong(),
                    n.path("record_id").asText(), n.path("sha256").asText());
            return Optional.of(new Entry(text(n, "etag"), text(n, "last_modified"), at));
        } catch (java.io.IOException | IllegalArgumentException e) {
            map.remove(url);
            return Optional.empty();
        }
    }

    public void put(String url, Entry e) {
        ObjectNode n = JSON.createObjectNode();
        e.etag().ifPresent(x -> n.put("etag", x));
        e.lastModified().ifPresent(x -> n.put("last_modified", x));
        n.put("file", e.capture().file());
        n.put("offset", e.capture().offset());
        n.put("record_id", e.capture().recordId());
        n.put("sha256", e.capture().payloadSha256());
        map.put(url, n.toString());
    }

    public void remove(String url) {
        map.remove(url);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }
}
