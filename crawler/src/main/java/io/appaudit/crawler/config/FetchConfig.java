package io.appaudit.crawler.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How every store is fetched: timeouts, limits, retries, the proxy, and the rewriting of store URLs to a mirror or
 * replay. Per-store politeness lives in {@link StoreCrawlConfig}.
 *
 * @param endpointOverrides canonical base URL → replacement base URL, applied longest match first
 * @param replayBase        when present, {@code https://<host>/<path>} becomes {@code <replayBase>/<host>/<path>}
 * @param caCertificate     a PEM file of CAs trusted for the stores in addition to the system's (a TLS-inspecting
 *                          proxy, a mirror with a CA of its own); verification is never switched off
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                          long maxBodySize, int maxRedirects, int maxRetries, Duration retryBackoff,
                          Duration maxRetryAfter, int blockAfter, boolean allowPrivateAddresses,
                          Optional<ProxyConfig> proxy, List<EndpointOverride> endpointOverrides,
                          Optional<URI> replayBase, long warcMaxSize,
                          Optional<Path> caCertificate) {

    public FetchConfig {
        if (userAgent == null || userAgent.isBlank()) {
            throw new ConfigException("fetch.user-agent must name the tool: stores block anonymous crawlers");
        }
        if (maxBodySize < 1024) {
            throw ConfigException.below("fetch.max-body-size", ValueText.size(maxBodySize), "1kb");
        }
        if (maxRedirects < 0) {
            throw ConfigException.below("fetch.max-redirects", maxRedirects, 0);
        }
        if (maxRetries < 0) {
            throw ConfigException.below("fetch.max-retries", maxRetries, 0);
        }
        if (blockAfter < 1) {
            throw ConfigException.below("fetch.block-after", blockAfter, 1);
        }
        if (warcMaxSize < (1 << 20)) {
            throw ConfigException.below("fetch.warc-max-size", ValueText.size(warcMaxSize), "1mb");
        }
        Objects.requireNonNull(proxy, "proxy");
        endpointOverrides = List.copyOf(endpointOverrides);
        Objects.requireNonNull(replayBase, "replayBase");
        Objects.requireNonNull(caCertificate, "caCertificate");
    }

    /**
     * Reads the keys under {@code prefix} ({@code fetch} in the shipped configuration).
     *
     * @param proxyPassword the proxy's password, from the environment only
     */
    public static FetchConfig from(Settings s, String prefix, Optional<String> proxyPassword) {
        String p = prefix + ".";
        return new FetchConfig(s.string(p + "user-agent"), s.duration(p + "connect-timeout"),
                s.duration(p + "read-timeout"), s.duration(p + "call-timeout"), s.bytes(p + "max-body-size"),
                s.integer(p + "max-redirects"), s.integer(p + "max-retries"), s.duration(p + "retry-backoff"),
                s.duration(p + "max-retry-after"), s.integer(p + "block-after"),
                s.bool(p + "allow-private-addresses"),
                ProxyConfig.parse(p + "proxy", s.string(p + "proxy"), proxyPassword),
                s.list(p + "endpoint-overrides").stream().map(EndpointOverride::parse).toList(),
                s.optional(p + "replay-base").map(u -> s.uri(p + "replay-base")), s.bytes(p + "warc-max-size"),
                s.optional(p + "ca-certificate").map(AppauditConfig::expandHome));
    }

    /** One rewriting of a store base URL, from {@code "https://sj.qq.com=http://127.0.0.1:8089/sj.qq.com"}. */
    public record EndpointOverride(String from, String to) {
        public EndpointOverride {
            from = from.replaceAll("/+$", "");
            to = to.replaceAll("/+$", "");
        }

        static EndpointOverride parse(String s) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new ConfigException("fetch.endpoint-overrides: '" + s
                        + "' must look like https://store.example=http://mirror.example/store");
            }
            String from = s.substring(0, eq).trim();
            String to = s.substring(eq + 1).trim();
            for (String u : List.of(from, to)) {
                URI uri = URI.create(u);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new ConfigException("fetch.endpoint-overrides: '" + u + "' is not an absolute URL");
                }
            }
            return new EndpointOverride(from, to);
        }
    }

    /** A proxy: {@code http://host:port} or {@code socks5://host:port}, with an optional user. */
    public record ProxyConfig(String type, String host, int port, Optional<String> user, Optional<String> password) {
        static Optional<ProxyConfig> parse(String key, String s, Optional<String> password) {
            if (s.isBlank()) {
                return Optional.empty();
            }
            URI u = URI.create(s.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            if (!List.of("http", "socks5", "socks").contains(scheme) || u.getHost() == null || u.getPort() < 0) {
                throw new ConfigException(key + ": '" + s + "' must look like http://host:port or socks5://host:port");
            }
            Optional<String> user = Optional.ofNullable(u.getUserInfo()).map(i -> i.split(":", 2)[0]);
            return Optional.of(new ProxyConfig(scheme.startsWith("socks") ? "socks" : "http", u.getHost(),
                    u.getPort(), user, password));
        }

        @Override
        public String toString() {
            return type + "://" + user.map(x -> x + "@").orElse("") + host + ":" + port;
        }
    }
}
