package io.appaudit.crawler.fetch;

import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends the crawler's identifiable User-Agent (the store's own, else fetch.user-agent), replacing any an adapter
 * set, and asks for gzip itself: when OkHttp adds Accept-Encoding it also unzips silently, and the WARC must keep
 * the bytes exactly as the server sent them (the decoding step unzips for the adapter afterwards).
 */
final class UserAgentInterceptor implements Interceptor {

    private final Map<StoreId, String> userAgents;
    private final String fallback;

    UserAgentInterceptor(Map<StoreId, String> userAgents, String fallback) {
        this.userAgents = Map.copyOf(userAgents);
        this.fallback = fallback;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
        return chain.proceed(chain.request().newBuilder()
                .header("User-Agent", userAgents.getOrDefault(ctx.store(), fallback))
                .header("Accept-Encoding", "gzip")
                .build());
    }
}
