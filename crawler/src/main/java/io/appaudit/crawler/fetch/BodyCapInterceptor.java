package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads each response body off the wire into memory, up to the call's limit (fetch.max-body-size; a probe's few
 * kilobytes, after which the rest is abandoned unread) and within fetch.call-timeout for the whole exchange, which
 * read timeouts alone do not bound when a server trickles bytes: a watchdog cancels an exchange still going at the
 * deadline, headers included.
 */
final class BodyCapInterceptor implements Interceptor, AutoCloseable {

    private static final long SEGMENT = 8192;

    private final long callTimeoutNanos;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "appaudit-call-timeout");
        t.setDaemon(true);
        return t;
    });

    BodyCapInterceptor(Duration callTimeout) {
        this.callTimeoutNanos = callTimeout.isZero() ? Long.MAX_VALUE : callTimeout.toNanos();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (callTimeoutNanos == Long.MAX_VALUE) {
            return read(chain, System.nanoTime());
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            expired.set(true);
            chain.call().cancel();
        }, callTimeoutNanos, TimeUnit.NANOSECONDS);
        try {
            return read(chain, System.nanoTime());
        } catch (IOException e) {
            if (expired.get() && !(e instanceof CallTimeoutException)) {
                throw tooSlow(chain.request().url().toString());
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private Response read(Chain chain, long started) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
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
                    throw tooSlow(response.request().url().toString());
                }
            }
            byte[] bytes = buffer.readByteArray(Math.min(buffer.size(), limit));
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    private CallTimeoutException tooSlow(String url) {
        return new CallTimeoutException(url + ": the exchange took longer than fetch.call-timeout ("
                + Duration.ofNanos(callTimeoutNanos).toMillis() + " ms); the server sends too slowly");
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    private static FetchRefusedException tooLarge(Response response, long limit, long atLeast) {
        return new FetchRefusedException(response.request().url() + ": body of at least " + atLeast
                + " bytes exceeds fetch.max-body-size (" + limit + " bytes)");
    }
}
