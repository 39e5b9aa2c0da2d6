package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Waits for the turn of the request's store (or, off the store's hosts, of its host). A network interceptor: the
 * turn is taken once the connection is ready, just before the request goes out, so that connecting (a TLS
 * handshake with a store on another continent takes longer than a pooled connection) does not bunch up requests
 * as the store sees them.
 */
final class PolitenessInterceptor implements Interceptor {

    private final Politeness politeness;

    PolitenessInterceptor(Politeness politeness) {
        this.politeness = politeness;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
        HttpUrl canonical = HttpUrl.parse(ctx.currentUrl());
        String host = canonical == null ? chain.request().url().host() : canonical.host();
        try {
            politeness.limiterFor(ctx.store(), host).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + ctx.store() + "'s turn");
        }
        return chain.proceed(chain.request());
    }
}
