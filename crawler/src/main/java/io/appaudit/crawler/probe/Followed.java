package io.appaudit.crawler.probe;

import io.appaudit.crawler.fetch.Exchange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What following one link came to, kept without its body so that a run can remember many: where it ended, the
 * status, the redirect chain, the file name a download would take, or why there is no answer.
 *
 * @param ours    true when the failure says nothing about the link (our deadline, a store back-off, robots.txt)
 * @param headers the answer's headers that say what a download is (type, size, ETag, Last-Modified)
 */
record Followed(Optional<String> finalUrl, Optional<Integer> status, List<String> chain, Optional<String> fileName,
                Optional<String> error, Instant at, boolean ours, Map<String, String> headers) {

    /** The headers kept: what tells an APK and identifies the file. */
    private static final Set<String> KEPT = Set.of("content-type", "content-length", "content-range", "etag",
            "last-modified", "accept-ranges");

    Followed {
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(status, "status");
        chain = List.copyOf(chain);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
        headers = Map.copyOf(headers);
        if (finalUrl.isEmpty() == error.isEmpty()) {
            throw new IllegalArgumentException("a followed link has either an answer or an error, not both");
        }
    }

    static Followed answered(Exchange e, Optional<String> fileName, Instant at) {
        Map<String, String> kept = new LinkedHashMap<>();
        e.response().headers().forEach((k, v) -> {
            if (KEPT.contains(k.toLowerCase(Locale.ROOT))) {
                kept.put(k, v);
            }
        });
        return new Followed(Optional.of(e.finalUrl()), Optional.of(e.status()), e.chain(), fileName,
                Optional.empty(), at, false, kept);
    }

    static Followed failed(String error, Instant at, boolean ours) {
        return new Followed(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(error), at,
                ours, Map.of());
    }
}
