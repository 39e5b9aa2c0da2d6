package io.appaudit.crawler.fetch;

import io.appaudit.crawler.config.FetchConfig.EndpointOverride;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a store URL to a configured mirror, replay or test server instead: fetch.endpoint-overrides rewrite a base
 * URL (longest match first), and fetch.replay-base turns {@code https://<host>/<path>} into
 * {@code <replay-base>/<host>/<path>}. Everything above this step sees canonical store URLs.
 */
final class EndpointRewriteInterceptor implements Interceptor {

    private final List<EndpointOverride> overrides;
    private final Optional<String> replayBase;

    EndpointRewriteInterceptor(List<EndpointOverride> overrides, Optional<URI> replayBase) {
        this.overrides = overrides.stream()
                .sorted(Comparator.comparingInt((EndpointOverride o) -> o.from().length()).reversed()).toList();
        this.replayBase = replayBase.map(u -> u.toString().replaceAll("/+$", ""));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        String canonical = request.url().toString();
        ctx.currentUrl(canonical);
        String actual = rewrite(canonical);
        if (actual.equals(canonical)) {
            return chain.proceed(request);
        }
        HttpUrl url = HttpUrl.parse(actual);
        if (url == null) {
            throw new FetchRefusedException("endpoint rewriting made an invalid URL of " + canonical + ": " + actual);
        }
        return chain.proceed(request.newBuilder().url(url).build());
    }

    /** The URL to fetch for a canonical store URL. */
    String rewrite(String url) {
        for (EndpointOverride o : overrides) {
            if (url.equals(o.from()) || url.startsWith(o.from() + "/") || url.startsWith(o.from() + "?")) {
                return o.to() + url.substring(o.from().length());
            }
        }
        if (replayBase.isPresent() && !url.startsWith(replayBase.get() + "/")) {
            int scheme = url.indexOf("://");
            if (scheme > 0) {
                return replayBase.get() + "/" + url.substring(scheme + 3);
            }
        }
        return url;
    }
}
