package io.appaudit.crawler.fetch;

import io.appaudit.crawler.evidence.ContentDecoder;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Undoes the Content-Encoding of the (already recorded) body for the adapter, bounded on the decoded size: a gzip
 * bomb is refused like any oversized body. A probe's cut body may not decode; it is then left as it came.
 */
final class DecodeInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
        Response response = chain.proceed(chain.request());
        String encoding = response.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return response;
        }
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        byte[] raw = body.bytes();
        byte[] decoded;
        try {
            decoded = ContentDecoder.decode(raw, encoding, ctx.bodyLimit());
        } catch (ContentDecoder.TooLarge e) {
            if (!ctx.truncatesBody()) {
                throw new FetchRefusedException(response.request().url() + ": " + e.getMessage()
                        + " (fetch.max-body-size)");
            }
            decoded = new byte[0];
        } catch (IOException e) {
            if (!ctx.truncatesBody()) {
                throw e;
            }
            decoded = new byte[0];
        }
        return response.newBuilder().removeHeader("Content-Encoding").removeHeader("Content-Length")
                .body(ResponseBody.create(decoded, type)).build();
    }
}
