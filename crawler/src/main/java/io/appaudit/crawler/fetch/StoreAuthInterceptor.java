package io.appaudit.crawler.fetch;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
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
 * sent (OPPO's signature carries a timestamp), and when a reply says the token expired, fetches a new one and
 * tries once more. Probes are never authorised.
 */
final class StoreAuthInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(StoreAuthInterceptor.class);

    /** Makes the token request. */
    interface TokenCall {
        StoreResponse call(StoreRequest tokenRequest) throws IOException;
    }

    private final Map<StoreId, RequestAuth> auths;
    private final TokenCall tokenCall;
    private final Map<StoreId, Optional<String>> tokens = new ConcurrentHashMap<>();

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
        Optional<String> token = token(ctx.store(), auth);
        Response response = chain.proceed(authorize(request, ctx, auth, token));
        if (auth.tokenRequest().isEmpty() || !auth.tokenExpired(asStoreResponse(ctx, response))) {
            return response;
        }
        log.info("{} says the session token expired: fetching a new one", ctx.store());
        response.close();
        Optional<String> renewed = renew(ctx.store(), auth, token);
        return chain.proceed(authorize(request, ctx, auth, renewed));
    }

    private static Request authorize(Request request, CallContext ctx, RequestAuth auth, Optional<String> token) {
        StoreRequest signed = auth.authorize(ctx.request(), token, Instant.now());
        Request.Builder b = request.newBuilder();
        signed.headers().forEach(b::header);
        return b.build();
    }

    private Optional<String> token(StoreId store, RequestAuth auth) throws IOException {
        if (auth.tokenRequest().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> t = tokens.get(store);
        if (t != null) {
            return t;
        }
        synchronized (this) {
            t = tokens.get(store);
            if (t == null) {
                t = fetch(store, auth);
                tokens.put(store, t);
            }
            return t;
        }
    }

    /** A new token, unless another thread already replaced the one that expired. */
    private synchronized Optional<String> renew(StoreId store, RequestAuth auth, Optional<String> expired)
            throws IOException {
        Optional<String> current = tokens.get(store);
        if (current != null && !current.equals(expired)) {
            return current;
        }
        Optional<String> t = fetch(store, auth);
        tokens.put(store, t);
        return t;
    }

    private Optional<String> fetch(StoreId store, RequestAuth auth) throws IOException {
        StoreRequest tokenRequest = auth.tokenRequest().orElseThrow();
        StoreResponse reply = tokenCall.call(tokenRequest);
        Optional<String> token = auth.readToken(reply);
        if (token.isEmpty()) {
            log.warn("{}'s token request answered HTTP {} without a token", store, reply.status());
        }
        return token;
    }

    private static StoreResponse asStoreResponse(CallContext ctx, Response response) throws IOException {
        return new StoreResponse(ctx.request().url(), response.code(), FetchClient.headerMap(response.headers()),
                response.peekBody(ctx.bodyLimit()).bytes(), Instant.now());
    }
}
