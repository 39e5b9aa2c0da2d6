package io.appaudit.crawler.fetch;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store authorisation ({@link io.appaudit.stores.StoreAdapter#auth()}): fetches the store's session token when it
 * needs one (through the same client: politeness and evidence apply), authorises each attempt just before it is
 * sent (OPPO's signature carries a timestamp), renews the token before it expires when its end is known (the
 * token's own {@code exp}, or the age at which the store said an earlier token had expired), and when a reply says
 * the token expired all the same, fetches a new one and tries once more. Probes are never authorised.
 */
final class StoreAuthInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(StoreAuthInterceptor.class);

    /** Makes the token request. */
    interface TokenCall {
        StoreResponse call(StoreRequest tokenRequest) throws IOException;
    }

    private final Map<StoreId, RequestAuth> auths;
    private final TokenCall tokenCall;
    private final Map<StoreId, Token> tokens = new ConcurrentHashMap<>();
    /** The shortest life a store's token was seen to have (its age when the store said it expired). */
    private final Map<StoreId, Duration> seenLifetimes = new ConcurrentHashMap<>();

    /** A session token, when it was obtained and, if known, when it expires. */
    private record Token(Optional<String> value, Instant obtained, Optional<Instant> expires) {
    }

    StoreAuthInterceptor(Map<StoreId, RequestAuth> auths, TokenCall tokenCall) {
        this.auths = Map.copyOf(auths);
        this.tokenCall = tokenCall;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        RequestAuth auth = auths.getOrDefault(ctx.store(), RequestAuth.NONE);
        if (auth == RequestAuth.NONE || ctx.role() == CallContext.Role.PROBE
                || ctx.request().purpose() == StoreRequest.Purpose.TOKEN) {
            return chain.proceed(request);
        }
        Token token = token(ctx.store(), auth);
        Response response = chain.proceed(authorize(request, ctx, auth, token.value()));
        if (auth.tokenRequest().isEmpty() || !auth.tokenExpired(asStoreResponse(ctx, response))) {
            return response;
        }
        Duration age = Duration.between(token.obtained(), Instant.now());
        seenLifetimes.merge(ctx.store(), age, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        log.info("{} says the session token expired after {} s: fetching a new one, and renewing the next ones "
                + "before that age", ctx.store(), age.toSeconds());
        response.close();
        Token renewed = renew(ctx.store(), auth, token);
        return chain.proceed(authorize(request, ctx, auth, renewed.value()));
    }

    private static Request authorize(Request request, CallContext ctx, RequestAuth auth, Optional<String> token) {
        StoreRequest signed = auth.authorize(ctx.request(), token, Instant.now());
        Request.Builder b = request.newBuilder();
        signed.headers().forEach(b::header);
        return b.build();
    }

    private Token token(StoreId store, RequestAuth auth) throws IOException {
        if (auth.tokenRequest().isEmpty()) {
            return new Token(Optional.empty(), Instant.now(), Optional.empty());
        }
        Token t = tokens.get(store);
        if (t != null && !dueForRenewal(store, t)) {
            return t;
        }
        synchronized (this) {
            Token current = tokens.get(store);
            if (current == null || current == t) {
                if (t != null) {
                    log.info("{}'s session token is about to expire: renewing it ahead of time", store);
                }
                current = fetch(store, auth);
                tokens.put(store, current);
            }
            return current;
        }
    }

    /**
     * A token is renewed ahead of its end — its {@code exp}, or the age at which the store said an earlier one had
     * expired — by a tenth of its life (at least two seconds), so that no request is spent on a refusal.
     */
    private boolean dueForRenewal(StoreId store, Token t) {
        Optional<Instant> end = t.expires();
        Duration seen = seenLifetimes.get(store);
        if (seen != null) {
            Instant byAge = t.obtained().plus(seen);
            end = Optional.of(end.filter(e -> e.isBefore(byAge)).orElse(byAge));
        }
        if (end.isEmpty()) {
            return false;
        }
        Duration life = Duration.between(t.obtained(), end.get());
        Duration margin = life.dividedBy(10).compareTo(Duration.ofSeconds(2)) > 0 ? life.dividedBy(10)
                : Duration.ofSeconds(2);
        // a token that lives no longer than the margin is used as it is, not renewed on every request
        return life.compareTo(margin.multipliedBy(2)) > 0 && !Instant.now().isBefore(end.get().minus(margin));
    }

    /** A new token, unless another thread already replaced the one that expired. */
    private synchronized Token renew(StoreId store, RequestAuth auth, Token expired) throws IOException {
        Token current = tokens.get(store);
        if (current != null && current != expired) {
            return current;
        }
        Token t = fetch(store, auth);
        tokens.put(store, t);
        return t;
    }

    private Token fetch(StoreId store, RequestAuth auth) throws IOException {
        StoreRequest tokenRequest = auth.tokenRequest().orElseThrow();
        Instant asked = Instant.now();
        StoreResponse reply = tokenCall.call(tokenRequest);
        Optional<String> token = auth.readToken(reply);
        if (token.isEmpty()) {
            log.warn("{}'s token request answered HTTP {} without a token", store, reply.status());
        }
        return new Token(token, asked, token.flatMap(auth::expiresAt));
    }

    private static StoreResponse asStoreResponse(CallContext ctx, Response response) throws IOException {
        return new StoreResponse(ctx.request().url(), response.code(), FetchClient.headerMap(response.headers()),
                response.peekBody(ctx.bodyLimit()).bytes(), Instant.now());
    }
}
