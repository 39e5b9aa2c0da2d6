package io.appaudit.crawler.evidence;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One network exchange to write as WARC records: the request and response heads exactly as they went over the
 * wire (request line or status line, then headers), the request body, and the response payload as the server sent
 * it (content-coded; transfer chunking undone by the HTTP client).
 *
 * @param fetchedUrl   the URL actually fetched (after endpoint rewriting): the WARC-Target-URI
 * @param canonicalUrl the store URL it stands for, kept beside it when a mirror or replay served it
 * @param chunked      the response came with {@code Transfer-Encoding: chunked}; the record re-frames the payload
 *                     as one chunk so that it stays a valid HTTP message under its own headers
 * @param truncated    the payload was cut at a size limit (download probes)
 */
public record Capture(String fetchedUrl, String canonicalUrl, Instant date, Optional<InetAddress> ip,
                      byte[] requestHead, byte[] requestBody, byte[] responseHead, byte[] payload, boolean chunked,
                      boolean truncated) {

    public Capture {
        Objects.requireNonNull(fetchedUrl, "fetchedUrl");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ip, "ip");
        requestHead = Arrays.copyOf(requestHead, requestHead.length);
        requestBody = Arrays.copyOf(requestBody, requestBody.length);
        responseHead = Arrays.copyOf(responseHead, responseHead.length);
        payload = Arrays.copyOf(payload, payload.length);
    }

    @Override
    public byte[] payload() {
        return Arrays.copyOf(payload, payload.length);
    }

    /** The payload without copying, for writing. */
    byte[] payloadUnsafe() {
        return payload;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capture c && fetchedUrl.equals(c.fetchedUrl) && canonicalUrl.equals(c.canonicalUrl)
                && date.equals(c.date) && Arrays.equals(payload, c.payload)
                && Arrays.equals(responseHead, c.responseHead) && Arrays.equals(requestHead, c.requestHead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fetchedUrl, canonicalUrl, date) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Capture[" + fetchedUrl + ", " + payload.length + " bytes]";
    }
}
