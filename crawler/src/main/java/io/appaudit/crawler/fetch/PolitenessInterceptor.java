package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Waits for the turn of the request's store (or, off the store's hosts, of its host) before each hop. */
final class PolitenessInterceptor implements Interceptor {

    private final Politeness politeness;

    PolitenessInterceptor(Politeness politeness) {
        this.politeness = politeness;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        try {
            politeness.limiterFor(ctx.store(), request.url().host()).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + ctx.store() + "'s turn");
        }
        return chain.proceed(request);
    }
}
