package io.appaudit.crawler.fetch;

import io.appaudit.crawler.config.ConfigException;
import io.appaudit.crawler.config.FetchConfig;
import io.appaudit.crawler.config.FetchConfig.ProxyConfig;
import io.appaudit.crawler.config.StoreCrawlConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.tls.CaTrust;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's one HTTP client. Every cross-cutting concern is an interceptor, and the list in the constructor is
 * the order they apply in, outermost first; the two network interceptors see each exchange as it crosses the wire.
 */
public final class FetchClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FetchClient.class);

    private final OkHttpClient client;
    private final FetchConfig config;
    private final Politeness politeness;
    private final BodyCapInterceptor bodyCap;

    public FetchClient(FetchConfig config, Map<StoreId, StoreCrawlConfig> stores, Map<StoreId, RequestAuth> auths,
                       WarcArchive archive, Politeness politeness) {
        this.config = config;
        this.politeness = politeness;
        Map<StoreId, Optional<ProxyConfig>> proxies = new EnumMap<>(StoreId.class);
        Map<StoreId, String> userAgents = new EnumMap<>(StoreId.class);
        Set<String> proxyHosts = new HashSet<>();
        for (StoreId id : StoreId.values()) {
            StoreCrawlConfig s = stores.get(id);
            Optional<ProxyConfig> p = s == null ? config.proxy() : s.proxy().or(config::proxy);
            proxies.put(id, p);
            p.ifPresent(x -> proxyHosts.add(x.host()));
            userAgents.put(id, s == null ? config.userAgent() : s.userAgent().orElse(config.userAgent()));
        }
        PrivateAddressGuard guard = new PrivateAddressGuard(config.allowPrivateAddresses(), proxyHosts);
        this.bodyCap = new BodyCapInterceptor(config.callTimeout());
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        config.caCertificate().ifPresent(pem -> {
            CaTrust trust;
            try {
                trust = CaTrust.fromPem(pem, "fetch.ca-certificate");
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
            builder.sslSocketFactory(trust.context().getSocketFactory(), trust.trustManager());
        });
        this.client = builder
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                // waits for politeness and Retry-After happen inside the call: the whole-exchange bound is
                // applied per hop by BodyCapInterceptor instead
                .callTimeout(Duration.ZERO)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .dns(guard)
                .connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
                .addInterceptor(new ConditionalGetInterceptor(archive))
                .addInterceptor(new RetryInterceptor(config.maxRetries(), config.retryBackoff(),
                        config.maxRetryAfter(), politeness))
                .addInterceptor(new StoreAuthInterceptor(auths, this::tokenCall))
                .addInterceptor(new RedirectInterceptor(config.maxRedirects()))
                .addInterceptor(new PauseInterceptor(politeness))
                .addInterceptor(new EndpointRewriteInterceptor(config.endpointOverrides(), config.replayBase()))
                .addInterceptor(guard)
                .addInterceptor(new ProxyInterceptor(proxies))
                .addInterceptor(new UserAgentInterceptor(userAgents, config.userAgent()))
                .addInterceptor(new DecodeInterceptor())
                .addNetworkInterceptor(new PolitenessInterceptor(politeness))
                .addNetworkInterceptor(new WarcRecordingInterceptor(archive))
                .addNetworkInterceptor(bodyCap)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    public Politeness politeness() {
        return politeness;
    }

    /** Makes one request; an HTTP status of any kind is a result, a transport failure an IOException. */
    public Exchange execute(CallContext ctx) throws IOException {
        StoreRequest r = ctx.request();
        HttpUrl url = HttpUrl.parse(r.url());
        if (url == null) {
            throw new FetchRefusedException("not a fetchable URL: " + r.url());
        }
        if (ctx.role() != CallContext.Role.PROBE) {
            politeness.storeHost(r.store(), url.host());
        }
        Request.Builder b = new Request.Builder().url(url).tag(CallContext.class, ctx);
        r.headers().forEach(b::header);
        // null media type: the adapter's own Content-Type header is sent unchanged
        b.method(r.method(), r.body().map(bytes -> RequestBody.create(bytes, null)).orElse(null));
        try (Response response = client.newCall(b.build()).execute()) {
            byte[] body = response.body().bytes();
            StoreResponse sr = new StoreResponse(r.url(), response.code(), headerMap(response.headers()), body,
                    Instant.now());
            // the URL and the status only: headers (tokens, signatures, credentials) are never logged
            log.debug("{} {} {} → {} ({} bytes, {} retries)", r.store(), r.method(), r.url(), response.code(),
                    body.length, ctx.retries());
            return new Exchange(sr, ctx.chain(), ctx.evidence(), ctx.wasNotModified(), ctx.wasTruncated(),
                    ctx.retries(), ctx.recordedExchanges().size());
        }
    }

    private StoreResponse tokenCall(StoreRequest tokenRequest) throws IOException {
        return execute(CallContext.store(tokenRequest, config.maxBodySize(), Optional.empty())).response();
    }

    /** Headers as one value per name (repeated headers joined with ", "), in the order received. */
    static Map<String, String> headerMap(Headers headers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            m.merge(headers.name(i), headers.value(i), (a, b) -> a + ", " + b);
        }
        return m;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        bodyCap.close();
    }
}
