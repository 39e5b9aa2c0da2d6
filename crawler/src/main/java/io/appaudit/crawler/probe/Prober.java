package io.appaudit.crawler.probe;

import io.appaudit.crawler.apk.ApkReading;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.CallTimeoutException;
import io.appaudit.crawler.fetch.EvidenceWriteException;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.ProbeRobots;
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
 * the crawler's client: politeness per host, the private-address guard, evidence. Each link is followed once per run
 * ({@link ProbeMemory}); where the store's crawl honours robots.txt, a link its host's robots.txt disallows is not
 * followed and its probe says {@value ProbeRobots#DISALLOWED} (inconclusive: the checks that read it are unknown).
 * A download that ends at an APK is read by byte ranges when the run reads APKs ({@link ApkReading}, docs/apk.md).
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

    /** A listing's probes and the network exchanges they took (robots.txt included, answers remembered excluded). */
    public record Report(List<ListingDocument.Probe> probes, int requests) {
        public Report {
            probes = List.copyOf(probes);
        }
    }

    private final FetchClient client;
    private final ProbeMemory memory;
    private final boolean robots;

    /** A prober with a memory of its own, that does not read robots.txt. */
    public Prober(FetchClient client) {
        this(client, new ProbeMemory(client), false);
    }

    /** @param robots whether robots.txt is honoured (the store's {@code robots} setting) */
    public Prober(FetchClient client, ProbeMemory memory, boolean robots) {
        this.client = client;
        this.memory = memory;
        this.robots = robots;
    }

    /** The listing's probes; an APK a download ends at is not read (no snapshot to cite it for). */
    public Report probe(StoreAdapter adapter, Listing listing) {
        return probe(adapter, listing, Optional.empty());
    }

    /**
     * The listing's probes; where a download ends at an APK and APK reading is on, what was read of it.
     *
     * @param snapshotId the listing snapshot the probes are for (an APK read is reused under it later)
     */
    public Report probe(StoreAdapter adapter, Listing listing, Optional<String> snapshotId) {
        List<ListingDocument.Probe> probes = new ArrayList<>();
        int[] requests = {0};
        for (DownloadControl c : listing.downloadControls()) {
            Followed r = follow(listing, DOWNLOAD, c.url(), requests);
            Optional<String> delivered = r.finalUrl().flatMap(u -> adapter.packageFromDownload(u, r.fileName()));
            ListingDocument.Probe p = probe(DOWNLOAD, c.url(), c.label(), r, delivered);
            if (snapshotId.isPresent() && memory.apk().isPresent() && r.finalUrl().isPresent()
                    && ApkReading.deliversApk(r.status().orElse(0), r.fileName(), header(r, "Content-Type"))) {
                ListingDocument.Apk apk = memory.apk().get().read(listing, r.finalUrl().get(), r.headers(),
                        snapshotId.get());
                requests[0] += apk.requests();
                p = p.withApk(apk);
            }
            probes.add(p);
        }
        listing.privacyPolicyUrl().ifPresent(u -> probes.add(probe(PRIVACY_POLICY, u, null,
                follow(listing, PRIVACY_POLICY, u, requests), Optional.empty())));
        listing.website().ifPresent(u -> probes.add(probe(WEBSITE, u, null,
                follow(listing, WEBSITE, u, requests), Optional.empty())));
        return new Report(probes, requests[0]);
    }

    /** The link followed, or remembered from earlier in the run; robots.txt is asked first. */
    private Followed follow(Listing listing, String kind, String url, int[] requests) {
        Optional<String> absolute = absolute(listing, url);
        if (absolute.isEmpty()) {
            return Followed.failed("not an http(s) link: " + url, Instant.now(), false);
        }
        if (robots) {
            ProbeRobots.Answer a = memory.robots().check(listing.store(), absolute.get());
            requests[0] += a.requests();
            if (!a.allowed()) {
                return Followed.failed(ProbeRobots.DISALLOWED, Instant.now(), true);
            }
        }
        // a download is asked for with HEAD, a page with GET: the same URL as both is two questions
        String how = DOWNLOAD.equals(kind) ? "HEAD " : "GET ";
        return memory.followed().get(how + absolute.get(), () -> DOWNLOAD.equals(kind)
                ? download(listing, absolute.get(), requests) : page(listing, absolute.get(), requests));
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

    private Followed download(Listing listing, String url, int[] requests) {
        Instant at = Instant.now();
        try {
            Exchange e = call(listing, "HEAD", url, Map.of(), DOWNLOAD_BYTES, requests);
            if (HEAD_REFUSED.contains(e.status())) {
                e = call(listing, "GET", url, Map.of("Range", "bytes=0-0"), DOWNLOAD_BYTES, requests);
            }
            return Followed.answered(e, FileNames.of(e.response().header("Content-Disposition"), e.finalUrl()), at);
        } catch (IOException | IllegalArgumentException ex) {
            return Followed.failed(String.valueOf(ex.getMessage()), at, ours(ex));
        }
    }

    private Followed page(Listing listing, String url, int[] requests) {
        Instant at = Instant.now();
        try {
            return Followed.answered(call(listing, "GET", url, Map.of(), PAGE_BYTES, requests), Optional.empty(), at);
        } catch (IOException | IllegalArgumentException ex) {
            return Followed.failed(String.valueOf(ex.getMessage()), at, ours(ex));
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

    private static Optional<String> header(Followed r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
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

    private static ListingDocument.Probe probe(String kind, String controlUrl, String label, Followed r,
                                               Optional<String> delivered) {
        return new ListingDocument.Probe(kind, controlUrl, label, r.finalUrl().orElse(null), r.status().orElse(null),
                r.fileName().orElse(null), delivered.orElse(null), r.chain(), r.error().orElse(null), r.at(),
                r.ours() ? Boolean.TRUE : null);
    }
}
