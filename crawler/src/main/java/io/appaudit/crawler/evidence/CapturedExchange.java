package io.appaudit.crawler.evidence;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One response read back from a WARC file, with the request that asked for it when that record follows it.
 *
 * @param targetUrl    the URL fetched (WARC-Target-URI)
 * @param canonicalUrl the store URL it stood for, when a mirror or replay served it
 * @param headers      response headers in the order received, name and value
 * @param payload      the body as the server sent it (content-coded, transfer chunking undone)
 * @param request      the request head and body as text, when the request record was found
 */
public record CapturedExchange(String file, long offset, String recordId, Instant date, String targetUrl,
                               Optional<String> canonicalUrl, int status, String reason,
                               List<Map.Entry<String, String>> headers, byte[] payload, boolean truncated,
                               Optional<String> request) {

    public CapturedExchange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        headers = List.copyOf(headers);
        payload = Arrays.copyOf(payload, payload.length);
        Objects.requireNonNull(request, "request");
    }

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return headers.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    @Override
    public byte[] payload() {
        return Arrays.copyOf(payload, payload.length);
    }

    /** The payload with its Content-Encoding undone, at most {@code limit} bytes. */
    public byte[] decodedBody(long limit) throws IOException {
        return ContentDecoder.decode(payload, header("Content-Encoding").orElse(""), limit);
    }

    public String payloadSha256() {
        return HexFormat.of().formatHex(WarcFiles.sha256(payload));
    }

    /** The store URL this response stands for: the canonical one when recorded, else the fetched one. */
    public String storeUrl() {
        return canonicalUrl.orElse(targetUrl);
    }

    public WarcLocation location() {
        return new WarcLocation(file, offset, recordId, payloadSha256());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedExchange c && file.equals(c.file) && offset == c.offset
                && recordId.equals(c.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, offset, recordId);
    }

    @Override
    public String toString() {
        return "CapturedExchange[" + file + "@" + offset + " " + status + " " + targetUrl + "]";
    }
}
