package io.appaudit.crawler.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/** Turns jwarc's response and request records into {@link CapturedExchange} values. */
final class WarcRecords {

    private WarcRecords() {
    }

    static CapturedExchange exchange(String file, WarcResponse r, Optional<String> request) throws IOException {
        HttpResponse http = r.http();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        http.headers().map().forEach((name, values) ->
                values.forEach(v -> headers.add(new AbstractMap.SimpleImmutableEntry<>(name, v))));
        byte[] payload = http.body().stream().readAllBytes();
        return new CapturedExchange(file, r.position(), "<" + r.id() + ">", r.date(), r.target(),
                r.headers().first(WarcFiles.CANONICAL_URI), http.status(), http.reason() == null ? "" : http.reason(),
                headers, payload, r.truncated() != WarcTruncationReason.NOT_TRUNCATED, request);
    }

    /** The request as text when {@code record} is the request made for response {@code responseId}. */
    static Optional<String> requestFor(WarcRecord record, URI responseId) throws IOException {
        if (!(record instanceof WarcRequest req) || !req.concurrentTo().contains(responseId)) {
            return Optional.empty();
        }
        HttpRequest http = req.http();
        StringBuilder sb = new StringBuilder();
        sb.append(http.method()).append(' ').append(http.target()).append(' ').append(http.version()).append('\n');
        http.headers().map().forEach((name, values) -> values.forEach(v -> sb.append(name).append(": ").append(v)
                .append('\n')));
        byte[] body = http.body().stream().readAllBytes();
        if (body.length > 0) {
            sb.append('\n').append(new String(body, StandardCharsets.UTF_8));
        }
        return Optional.of(sb.toString());
    }
}
