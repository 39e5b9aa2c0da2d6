package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads each response body off the wire into memory, up to the call's limit (fetch.max-body-size; a probe's few
 * kilobytes, after which the rest is abandoned unread) and within fetch.call-timeout for the whole exchange, which
 * read timeouts alone do not bound when a server trickles bytes.
 */
final class BodyCapInterceptor implements Interceptor {

    private static final long SEGMENT = 8192;

    private final long callTimeoutNanos;

    BodyCapInterceptor(Duration callTimeout) {
        this.callTimeoutNanos = callTimeout.isZero() ? Long.MAX_VALUE : callTimeout.toNanos();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
        long started = System.nanoTime();
        Response response = chain.proceed(chain.request());
        long limit = ctx.bodyLimit();
        try (ResponseBody body = response.body()) {
            long declared = body.contentLength();
            if (declared > limit && !ctx.truncatesBody()) {
                throw tooLarge(response, limit, declared);
            }
            Buffer buffer = new Buffer();
            BufferedSource source = body.source();
            while (source.read(buffer, SEGMENT) != -1) {
                if (buffer.size() > limit) {
                    if (!ctx.truncatesBody()) {
                        throw tooLarge(response, limit, buffer.size());
                    }
                    ctx.truncated();
                    break;
                }
                if (System.nanoTime() - started > callTimeoutNanos) {
                    throw new InterruptedIOException(response.request().url() + ": the exchange took longer than "
                            + "fetch.call-timeout (" + Duration.ofNanos(callTimeoutNanos).toSeconds() + " s)");
                }
            }
            byte[] bytes = buffer.readByteArray(Math.min(buffer.size(), limit));
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    private static FetchRefusedException tooLarge(Response response, long limit, long atLeast) {
        return new FetchRefusedException(response.request().url() + ": body of at least " + atLeast
                + " bytes exceeds fetch.max-body-size (" + limit + " bytes)");
    }
}
