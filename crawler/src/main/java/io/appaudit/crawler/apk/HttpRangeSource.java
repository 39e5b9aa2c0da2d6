package io.appaudit.crawler.apk;

import io.appaudit.crawler.evidence.TerminalText;
import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges of an APK on its download host, asked for with {@code Range} through the crawler's client: the CDN host's
 * own politeness, the private-address guard, and every exchange (request with its Range, the 206 headers and bytes)
 * written to the WARC. A body is read no further than the range asked for, so a server that ignores Range (200
 * and the whole file) is cut off at the first chunk.
 */
final class HttpRangeSource implements RangeSource {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final int MAX_REASON = 300;

    private final FetchClient client;
    private final StoreId store;
    private final String url;
    private final List<String> evidence = new ArrayList<>();
    private int requests;
    private long bytesRead;
    private Optional<String> etag = Optional.empty();
    private Optional<String> lastModified = Optional.empty();
    private long size = -1;

    HttpRangeSource(FetchClient client, StoreId store, String url) {
        this.client = client;
        this.store = store;
        this.url = url;
    }

    @Override
    public Tail tail(int length) throws ApkReadException {
        Exchange e = get("bytes=-" + length, length);
        long[] range = contentRange(e);
        byte[] body = e.response().body();
        if (range[2] < 0 || range[1] != range[2] - 1 || range[1] - range[0] + 1 != body.length) {
            throw ApkReadException.unreadable("the answer to a request for the last " + length + " bytes is "
                    + body.length + " bytes as " + header(e, "Content-Range") + ": the file is cut short or its "
                    + "size is not what the server says");
        }
        size = range[2];
        etag = e.response().header("ETag");
        lastModified = e.response().header("Last-Modified");
        return new Tail(size, body);
    }

    @Override
    public byte[] range(long offset, int length) throws ApkReadException {
        long last = offset + length - 1;
        Exchange e = get("bytes=" + offset + "-" + last, length);
        long[] range = contentRange(e);
        byte[] body = e.response().body();
        if (range[0] != offset || range[1] != last || body.length != length
                || range[2] >= 0 && size >= 0 && range[2] != size) {
            throw ApkReadException.unreadable("asked for bytes " + offset + "-" + last + ", got " + body.length
                    + " bytes as " + header(e, "Content-Range") + ": the file is cut short or changed while read");
        }
        return body;
    }

    private Exchange get(String range, int length) throws ApkReadException {
        StoreRequest r = new StoreRequest(store, StoreRequest.Purpose.SUPPLEMENT, "GET", url, Map.of("Range", range),
                Optional.empty());
        CallContext ctx = CallContext.probe(r, length);
        Exchange e;
        try {
            e = client.execute(ctx);
        } catch (IOException | IllegalArgumentException ex) {
            String why = bounded(String.valueOf(ex.getMessage()));
            throw new ApkReadException(why.contains("unexpected end of stream") ? ApkStatus.UNREADABLE
                    : ApkStatus.FAILED, "the range request " + range + " failed: " + why);
        } finally {
            requests += Math.max(1, ctx.recordedExchanges().size());
            ctx.recordedExchanges().stream().map(WarcLocation::recordId).forEach(evidence::add);
        }
        bytesRead += e.response().body().length;
        if (e.status() == 200) {
            throw new ApkReadException(ApkStatus.RANGES_NOT_SERVED, "the server answered a Range request with "
                    + "the whole file (200" + (e.truncated() ? ", cut off after " + e.response().body().length
                    + " bytes" : "") + "): it does not serve byte ranges");
        }
        if (e.status() == 416) {
            throw ApkReadException.unreadable("the server refused the range " + range + " (416): the file is "
                    + "shorter than its zip directory says");
        }
        if (e.status() != 206) {
            throw new ApkReadException(ApkStatus.FAILED, "the range request " + range + " was answered "
                    + e.status());
        }
        return e;
    }

    /** First byte, last byte and size (-1 when "*") of a 206's Content-Range. */
    private static long[] contentRange(Exchange e) throws ApkReadException {
        String h = e.response().header("Content-Range").orElse(null);
        Matcher m = h == null ? null : CONTENT_RANGE.matcher(h.trim());
        if (m == null || !m.matches()) {
            throw ApkReadException.unreadable("a 206 answer without a usable Content-Range ("
                    + bounded(String.valueOf(h)) + ")");
        }
        try {
            return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    "*".equals(m.group(3)) ? -1 : Long.parseLong(m.group(3))};
        } catch (NumberFormatException ex) {
            throw ApkReadException.unreadable("a Content-Range out of range: " + bounded(h));
        }
    }

    private static String header(Exchange e, String name) {
        return bounded(e.response().header(name).orElse("no " + name));
    }

    /** Server text in a reason: bounded and escaped. */
    private static String bounded(String s) {
        String t = s.length() > MAX_REASON ? s.substring(0, MAX_REASON) + "…" : s;
        return TerminalText.escape(t);
    }

    int requests() {
        return requests;
    }

    long bytesRead() {
        return bytesRead;
    }

    List<String> evidence() {
        return List.copyOf(evidence);
    }

    /** The file's size as the first 206 gave it; -1 before. */
    long size() {
        return size;
    }

    Optional<String> etag() {
        return etag;
    }

    Optional<String> lastModified() {
        return lastModified;
    }
}
