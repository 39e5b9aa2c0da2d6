package io.appaudit.crawler.fetch;

import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * One logical request on its way through the interceptors: what the caller asked for (the store, the canonical
 * request, how much body to read) and what happened on the way (the redirect chain, the WARC records, retries, a
 * conditional hit). It travels as the OkHttp request's tag; one call uses it from one thread at a time.
 */
public final class CallContext {

    /** Why the request is made: it decides authorisation, body limits and whether a 304 may be used. */
    public enum Role {
        /** A store page: discovery, listing, supplement or token. Authorised, capped at fetch.max-body-size. */
        STORE,
        /** A robots.txt of a store host. */
        ROBOTS,
        /** Following a download control, privacy policy or website link: never authorised, body truncated. */
        PROBE
    }

    private final StoreId store;
    private final StoreRequest request;
    private final Role role;
    private final long bodyLimit;
    private final Optional<Validators> validators;
    private final List<String> chain = new ArrayList<>();
    private final List<WarcLocation> recorded = new ArrayList<>();
    private String currentUrl;
    private int retries;
    private boolean truncated;
    private WarcLocation notModifiedEvidence;

    private CallContext(StoreId store, StoreRequest request, Role role, long bodyLimit,
                        Optional<Validators> validators) {
        this.store = Objects.requireNonNull(store, "store");
        this.request = Objects.requireNonNull(request, "request");
        this.role = Objects.requireNonNull(role, "role");
        if (bodyLimit < 1) {
            throw new IllegalArgumentException("bodyLimit must be positive, was " + bodyLimit);
        }
        this.bodyLimit = bodyLimit;
        this.validators = Objects.requireNonNull(validators, "validators");
        this.currentUrl = request.url();
    }

    /** A store page; with validators, a GET is sent conditionally and a 304 answered from the earlier capture. */
    public static CallContext store(StoreRequest request, long maxBodySize, Optional<Validators> validators) {
        return new CallContext(request.store(), request, Role.STORE, maxBodySize, validators);
    }

    public static CallContext robots(StoreRequest request, long maxBodySize) {
        return new CallContext(request.store(), request, Role.ROBOTS, maxBodySize, Optional.empty());
    }

    /** A probe: its body is read only up to {@code bodyLimit} bytes and then cut, never refused. */
    public static CallContext probe(StoreRequest request, long bodyLimit) {
        return new CallContext(request.store(), request, Role.PROBE, bodyLimit, Optional.empty());
    }

    /** The context an interceptor's request carries. */
    static CallContext of(Request request) {
        CallContext c = request.tag(CallContext.class);
        if (c == null) {
            throw new IllegalStateException("Request without a CallContext: " + request.url()
                    + " (only FetchClient may make calls)");
        }
        return c;
    }

    public StoreId store() {
        return store;
    }

    public StoreRequest request() {
        return request;
    }

    public Role role() {
        return role;
    }

    long bodyLimit() {
        return bodyLimit;
    }

    /** Probes cut their bodies at the limit; store pages over the limit are refused. */
    boolean truncatesBody() {
        return role == Role.PROBE;
    }

    Optional<Validators> validators() {
        return validators;
    }

    /** The canonical URL of the hop being made (set by the redirect and rewrite steps). */
    String currentUrl() {
        return currentUrl;
    }

    void currentUrl(String url) {
        currentUrl = url;
    }

    void chain(List<String> urls) {
        chain.clear();
        chain.addAll(urls);
    }

    void recorded(WarcLocation location) {
        recorded.add(location);
    }

    void retried() {
        retries++;
    }

    void truncated() {
        truncated = true;
    }

    void notModified(WarcLocation previous) {
        notModifiedEvidence = previous;
    }

    /** Canonical URLs of the final attempt, first to last; the last is where the request ended. */
    public List<String> chain() {
        return chain.isEmpty() ? List.of(request.url()) : List.copyOf(chain);
    }

    /** Every network exchange written to the WARC for this call (retried attempts and redirect hops included). */
    public List<WarcLocation> recordedExchanges() {
        return List.copyOf(recorded);
    }

    public int retries() {
        return retries;
    }

    public boolean wasTruncated() {
        return truncated;
    }

    /** True when the store answered 304 and the response was read back from the earlier capture. */
    public boolean wasNotModified() {
        return notModifiedEvidence != null;
    }

    /** The record that proves the response: the earlier capture after a 304, else the last one written. */
    public Optional<WarcLocation> evidence() {
        if (notModifiedEvidence != null) {
            return Optional.of(notModifiedEvidence);
        }
        return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
    }
}
