package io.appaudit.crawler.fetch;

import io.appaudit.crawler.evidence.Capture;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.evidence.WarcLocation;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Writes every exchange that reached the network (each retry and redirect hop) to the store's WARC: the request as
 * sent, with the headers OkHttp added, and the response with its body as received, before anything decodes it. The
 * one exception is our proxy credential: a Proxy-Authorization header is recorded with its value withheld, since
 * evidence is shown and shared and the password must not be.
 */
final class WarcRecordingInterceptor implements Interceptor {

    /** Headers that carry our own credentials, recorded by name only. */
    private static final Set<String> WITHHELD = Set.of("proxy-authorization");
    static final String WITHHELD_VALUE = "[withheld by appaudit]";

    private final WarcArchive archive;

    WarcRecordingInterceptor(WarcArchive archive) {
        this.archive = archive;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        Response response = chain.proceed(request);
        ResponseBody body = response.body();
        byte[] payload = body.bytes();
        Capture capture = new Capture(request.url().toString(), ctx.currentUrl(),
                Instant.ofEpochMilli(response.sentRequestAtMillis()), address(chain.connection()),
                requestHead(request), requestBody(request), responseHead(response), payload,
                isChunked(response.headers()), ctx.wasTruncated());
        WarcLocation at;
        try {
            at = archive.write(ctx.store(), capture);
        } catch (IOException e) {
            throw new EvidenceWriteException(e.getMessage());
        }
        ctx.recorded(at);
        return response.newBuilder().body(ResponseBody.create(payload, body.contentType())).build();
    }

    private static Optional<InetAddress> address(Connection connection) {
        return connection == null ? Optional.empty()
                : Optional.ofNullable(connection.route().socketAddress().getAddress());
    }

    private static byte[] requestHead(Request request) {
        String target = request.url().encodedPath()
                + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
        Headers.Builder recorded = new Headers.Builder();
        for (int i = 0; i < request.headers().size(); i++) {
            String name = request.headers().name(i);
            recorded.addUnsafeNonAscii(name, WITHHELD.contains(name.toLowerCase(Locale.ROOT)) ? WITHHELD_VALUE
                    : request.headers().value(i));
        }
        return head(request.method() + " " + target + " HTTP/1.1", recorded.build());
    }

    private static byte[] requestBody(Request request) throws IOException {
        if (request.body() == null) {
            return new byte[0];
        }
        Buffer b = new Buffer();
        request.body().writeTo(b);
        return b.readByteArray();
    }

    private static byte[] responseHead(Response response) {
        String version = response.protocol() == Protocol.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1";
        return head(version + " " + response.code() + " " + response.message(), response.headers());
    }

    private static byte[] head(String firstLine, Headers headers) {
        StringBuilder sb = new StringBuilder(firstLine).append("\r\n");
        for (int i = 0; i < headers.size(); i++) {
            sb.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isChunked(Headers headers) {
        String te = headers.get("Transfer-Encoding");
        return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
