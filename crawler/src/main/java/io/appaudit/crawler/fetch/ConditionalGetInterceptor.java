package io.appaudit.crawler.fetch;

import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.evidence.WarcLocation;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Conditional GET: asks with the ETag / Last-Modified of the URL's last full answer, and turns a 304 into that
 * answer read back from its WARC capture (the call is marked not-modified, its evidence the earlier record). When
 * the capture is gone, the request is made again without conditions. A new 200 with validators is remembered.
 */
final class ConditionalGetInterceptor implements Interceptor {

    private final WarcArchive archive;

    ConditionalGetInterceptor(WarcArchive archive) {
        this.archive = archive;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        if (ctx.validators().isEmpty() || !"GET".equals(request.method())) {
            return chain.proceed(request);
        }
        Validators validators = ctx.validators().get();
        String url = ctx.request().url();
        Optional<Validators.Entry> known = validators.get(url).filter(e -> archive.holds(ctx.store(), e.capture()));
        if (known.isEmpty()) {
            return remember(ctx, validators, chain.proceed(request));
        }
        Request.Builder conditional = request.newBuilder();
        known.get().etag().ifPresent(v -> conditional.header("If-None-Match", v));
        known.get().lastModified().ifPresent(v -> conditional.header("If-Modified-Since", v));
        Response response = chain.proceed(conditional.build());
        if (response.code() != 304) {
            return remember(ctx, validators, response);
        }
        response.close();
        WarcLocation previous = known.get().capture();
        Optional<CapturedExchange> captured = archive.read(ctx.store(), previous);
        if (captured.isEmpty()) {
            validators.remove(url);
            return remember(ctx, validators, chain.proceed(request));
        }
        ctx.notModified(previous);
        return fromCapture(request, captured.get(), ctx.bodyLimit());
    }

    private Response remember(CallContext ctx, Validators validators, Response response) {
        if (response.code() != 200) {
            return response;
        }
        Optional<String> etag = Optional.ofNullable(response.header("ETag"));
        Optional<String> lastModified = Optional.ofNullable(response.header("Last-Modified"));
        Optional<WarcLocation> at = ctx.evidence();
        if ((etag.isPresent() || lastModified.isPresent()) && at.isPresent()) {
            validators.put(ctx.request().url(), new Validators.Entry(etag, lastModified, at.get()));
        } else {
            validators.remove(ctx.request().url());
        }
        return response;
    }

    /** The earlier answer as a decoded 200 response, as the decoding step would have produced it. */
    private static Response fromCapture(Request request, CapturedExchange c, long limit) throws IOException {
        Headers.Builder headers = new Headers.Builder();
        for (Map.Entry<String, String> h : c.headers()) {
            String name = h.getKey();
            if (!name.equalsIgnoreCase("Content-Encoding") && !name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Transfer-Encoding")) {
                headers.addUnsafeNonAscii(name, h.getValue());
            }
        }
        byte[] body = c.decodedBody(limit);
        String type = c.header("Content-Type").orElse(null);
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(c.status())
                .message(c.reason()).headers(headers.build())
                .body(ResponseBody.create(body, type == null ? null : MediaType.parse(type)))
                .sentRequestAtMillis(c.date().toEpochMilli()).receivedResponseAtMillis(c.date().toEpochMilli())
                .build();
    }
}
