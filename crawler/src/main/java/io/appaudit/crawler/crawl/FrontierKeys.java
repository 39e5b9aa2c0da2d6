package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.url.URLCanonicalizer;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key of a piece of work: the URL it is queued under in crawler4j's queue, which holds URLs only, and the key the
 * crawl state keeps its {@link WorkItem} under, so that a URL the queue hands out turns back into its request. A plain
 * GET is keyed by its own URL (in crawler4j's canonical form, so that its duplicate check applies); a request with a
 * method or body of its own (Tencent's list POSTs, several to one URL) by its URL with a digest of the request added
 * as the query parameter {@value #REQUEST_PARAM}, so that each has a URL of its own. The key is never fetched: the
 * crawl state's request is. Fragments are dropped, as crawler4j drops them.
 */
final class FrontierKeys {

    static final String REQUEST_PARAM = "appaudit-request";

    private FrontierKeys() {
    }

    /** The frontier URL of a request; empty when crawler4j cannot represent the URL at all. */
    static Optional<String> of(StoreRequest r) {
        String url = r.url();
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        if (!r.isPlainGet()) {
            url += (url.indexOf('?') >= 0 ? "&" : "?") + REQUEST_PARAM + "=" + digest(r).substring(0, 20);
        }
        return Optional.ofNullable(URLCanonicalizer.getCanonicalURL(url));
    }

    /** A digest of everything that makes a request what it is: method, URL (fragment included), headers, body. */
    static String digest(StoreRequest r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((r.method() + ' ' + r.url() + '\n').getBytes(StandardCharsets.UTF_8));
            r.headers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> md.update((e.getKey() + ':' + e.getValue() + '\n').getBytes(StandardCharsets.UTF_8)));
            r.body().ifPresent(md::update);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
