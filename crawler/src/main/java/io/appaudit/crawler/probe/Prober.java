package io.appaudit.crawler.probe;

import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.CallTimeoutException;
import io.appaudit.crawler.fetch.EvidenceWriteException;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.StoreBackoffException;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Follows a listing's download controls without downloading anything: HEAD along the redirects (or, where HEAD is
 * refused, a GET of the first byte, read no further than a few kilobytes), recording the chain, final URL, status,
 * the file name and the package that file name reveals under the store's naming convention. The privacy-policy link
 * and the website are followed the same way with GET (their status is what checks R4 and Z4 read). Probes go through
 * the crawler's client: politeness per host, the private-address guard, evidence.
 */
public final class Prober {

    public static final String DOWNLOAD = "download";
    public static final String PRIVACY_POLICY = "privacy_policy";
    public static final String WEBSITE = "website";
    /** A download answer is read no further than this: enough for an error page, far short of an APK. */
    static final long DOWNLOAD_BYTES = 4 * 1024;
    /** Privacy policies and websites are read no further than this: the status is what matters. */
    static final long PAGE_BYTES = 64 * 1024;
    /** Answers to HEAD after which the probe asks again with a ranged GET: servers that do not do HEAD. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);

    /** A listing's probes and the network exchanges they took. */
    public record Report(List<ListingDocument.Probe> probes, int requests) {
        public Report {
            probes = List.copyOf(probes);
        }
    }

    private final FetchClient client;

    public Prober(FetchClient client) {
        this.client = client;
    }

    public Report probe(StoreAdapter adapter, Listing listing) {
        List<ListingDocument.Probe> probes = new ArrayList<>();
        Map<String, Result> seen = new HashMap<>();
        int[] requests = {0};
        for (DownloadControl c : listing.downloadControls()) {
            Result r = seen.computeIfAbsent(c.url(), u -> download(listing, u, requests));
            Optional<String> delivered = r.exchange().flatMap(e -> adapter.packageFromDownload(e.finalUrl(),
                    r.fileName()));
            probes.add(probe(DOWNLOAD, c.url(), c.label(), r, delivered));
        }
        listing.privacyPolicyUrl().ifPresent(u -> probes.add(probe(PRIVACY_POLICY, u, null,
                page(listing, u, requests), Optional.empty())));
        listing.website().ifPresent(u -> probes.add(probe(WEBSITE, u, null, page(listing, u, requests),
                Optional.empty())));
        return new Report(probes, requests[0]);
    }

    /** One followed link: the exchange, or why there is none, and whether that was our doing. */
    private record Result(Optional<Exchange> exchange, Optional<String> fileName, Optional<String> error,
                          Instant at, boolean ours) {

        Result(Optional<Exchange> exchange, Optional<String> fileName, Optional<String> error, Instant at) {
            this(exchange, fileName, error, at, false);
        }

        static Result failed(Exception e, Instant at) {
            return new Result(Optional.empty(), Optional.empty(), Optional.of(String.valueOf(e.getMessage())), at,
                    Prober.ours(e));
        }
    }

    /**
     * True for failures that say nothing about the link: our deadline cut a server that was still sending, the
     * store asked us to wait, the crawl is stopping, or the evidence could not be written. A server that stays
     * silent (a connect or read timeout), refuses, or cannot be found has failed on its side.
     */
    static boolean ours(Exception e) {
        return e instanceof CallTimeoutException || e instanceof EvidenceWriteException
                || e instanceof StoreBackoffException
                || e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                || e instanceof IOException && "Canceled".equals(e.getMessage());
    }

    private Result download(Listing listing, String url, int[] requests) {
        Instant at = Instant.now();
        Optional<String> absolute = absolute(listing, url);
        if (absolute.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), Optional.of("not an http(s) link: " + url), at);
        }
        try {
            Exchange e = call(listing, "HEAD", absolute.get(), Map.of(), DOWNLOAD_BYTES, requests);
            if (HEAD_REFUSED.contains(e.status())) {
                e = call(listing, "GET", absolute.get(), Map.of("Range", "bytes=0-0"), DOWNLOAD_BYTES, requests);
            }
            return new Result(Optional.of(e), FileNames.of(e.response().header("Content-Disposition"), e.finalUrl()),
                    Optional.empty(), at);
        } catch (IOException | IllegalArgumentException ex) {
            return Result.failed(ex, at);
        }
    }

    private Result page(Listing listing, String url, int[] requests) {
        Instant at = Instant.now();
        Optional<String> absolute = absolute(listing, url);
        if (absolute.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), Optional.of("not an http(s) link: " + url), at);
        }
        try {
            return new Result(Optional.of(call(listing, "GET", absolute.get(), Map.of(), PAGE_BYTES, requests)),
                    Optional.empty(), Optional.empty(), at);
        } catch (IOException | IllegalArgumentException ex) {
            return Result.failed(ex, at);
        }
    }

    private Exchange call(Listing listing, String method, String url, Map<String, String> headers, long limit,
                          int[] requests) throws IOException {
        StoreRequest r = new StoreRequest(listing.store(), StoreRequest.Purpose.SUPPLEMENT, method, url, headers,
                Optional.empty());
        CallContext ctx = CallContext.probe(r, limit);
        try {
            return client.execute(ctx);
        } finally {
            requests[0] += Math.max(1, ctx.recordedExchanges().size());
        }
    }

    /** The link made absolute against the listing's page; empty for mailto:, javascript: and the like. */
    private static Optional<String> absolute(Listing listing, String url) {
        HttpUrl base = HttpUrl.parse(listing.sourceUrl());
        HttpUrl u = base == null ? HttpUrl.parse(url) : base.resolve(url);
        if (u == null || !Set.of("http", "https").contains(u.scheme().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(u.toString());
    }

    private static ListingDocument.Probe probe(String kind, String controlUrl, String label, Result r,
                                               Optional<String> delivered) {
        Exchange e = r.exchange().orElse(null);
        return new ListingDocument.Probe(kind, controlUrl, label, e == null ? null : e.finalUrl(),
                e == null ? null : e.status(), r.fileName().orElse(null), delivered.orElse(null),
                e == null ? List.of() : e.chain(), r.error().orElse(null), r.at(), r.ours() ? Boolean.TRUE : null);
    }
}
