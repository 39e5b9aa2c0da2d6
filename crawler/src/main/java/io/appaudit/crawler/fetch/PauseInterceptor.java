package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits out a pause the store asked for (a Retry-After, held by its limiter) before a connection is taken, so that
 * no connection sits idle through minutes of waiting; the turn itself is taken later, by
 * {@link PolitenessInterceptor}.
 */
final class PauseInterceptor implements Interceptor {

    private final Politeness politeness;

    PauseInterceptor(Politeness politeness) {
        this.politeness = politeness;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        try {
            politeness.limiterFor(ctx.store(), request.url().host()).awaitPause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + ctx.store() + " asked us to wait");
        }
        return chain.proceed(request);
    }
}
