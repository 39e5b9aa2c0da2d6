package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects itself (OkHttp's own following is off) so that every hop goes through politeness, endpoint
 * rewriting, the private-address guard and the WARC, the chain is recorded, and the limit is the configured one.
 * Locations are resolved against the canonical URL of the hop, so a relative redirect from a mirror or replay
 * stays inside the store's URL space. A hop to another host carries none of the headers that authorised the first
 * one.
 */
final class RedirectInterceptor implements Interceptor {

    /** The request headers that may follow a redirect to another host: none of them identifies or authorises us. */
    private static final Set<String> PORTABLE_HEADERS = Set.of("accept", "accept-language", "user-agent", "range", "referer");

    private final int maxRedirects;

    RedirectInterceptor(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        List<String> urls = new ArrayList<>();
        urls.add(request.url().toString());
        for (int hops = 0; ; hops++) {
            Response response = chain.proceed(request);
            String location = response.header("Location");
            if (!response.isRedirect() || location == null) {
                ctx.chain(urls);
                return response;
            }
            HttpUrl next = request.url().resolve(location);
            if (next == null) {
                ctx.chain(urls);
                return response;
            }
            if (hops >= maxRedirects) {
                response.close();
                ctx.chain(urls);
                throw new FetchRefusedException("more than " + maxRedirects + " redirects (fetch.max-redirects) from "
                        + urls.get(0));
            }
            response.close();
            request = follow(request, response.code(), next);
            urls.add(next.toString());
        }
    }

    private static Request follow(Request request, int code, HttpUrl next) {
        Request.Builder b = request.newBuilder().url(next);
        boolean toGet = code == 303 || ((code == 301 || code == 302) && "POST".equals(request.method()));
        if (toGet && !"HEAD".equals(request.method())) {
            b.method("GET", null).removeHeader("Content-Type").removeHeader("Content-Length");
        }
        if (!next.host().equals(request.url().host())) {
            // whatever authorised us at one host (Authorization, cookies, Huawei's Interface-Code, OPPO's signature
            // headers, a configured header) is bound to it: another host gets only what any browser would send
            Headers.Builder kept = new Headers.Builder();
            for (String name : request.headers().names()) {
                if (PORTABLE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    request.headers(name).forEach(v -> kept.add(name, v));
                }
            }
            b.headers(kept.build());
        }
        return b.build();
    }
}
