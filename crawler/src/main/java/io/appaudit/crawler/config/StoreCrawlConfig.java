package io.appaudit.crawler.config;

import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one store is crawled: politeness (delay between requests, concurrency, robots.txt), limits, discovery
 * choices and its schedule.
 *
 * @param maxApps           0 for no limit
 * @param maxDiscoveryPages the most discovery pages one run fetches, over all lists
 * @param maxDelay          the most the delay rises to while the store keeps refusing (429, 503); at least the delay
 */
public record StoreCrawlConfig(StoreId store, boolean enabled, Duration delay, int concurrency, boolean robots,
                               Optional<FetchConfig.ProxyConfig> proxy, Optional<String> userAgent, int maxApps,
                               int maxPages, int pageSize, List<String> categories, List<String> keywords,
                               String schedule, Optional<OppoSigningConfig> oppoSigning, int maxDiscoveryPages,
                               Duration maxDelay) {

    /** The default of stores.&lt;s&gt;.max-discovery-pages. */
    public static final int DEFAULT_MAX_DISCOVERY_PAGES = 5000;

    public StoreCrawlConfig {
        Objects.requireNonNull(store, "store");
        if (delay.isNegative()) {
            throw new ConfigException("stores." + store + ".delay must not be negative");
        }
        if (concurrency < 1 || concurrency > 16) {
            throw new ConfigException("stores." + store + ".concurrency must be 1 to 16, was " + concurrency);
        }
        if (maxApps < 0 || maxPages < 1 || pageSize < 1) {
            throw new ConfigException("stores." + store + ": max-apps ≥ 0, max-pages ≥ 1, page-size ≥ 1");
        }
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(schedule, "schedule");
        if (maxDiscoveryPages < 1) {
            throw new ConfigException("stores." + store + ".max-discovery-pages must be at least 1");
        }
        if (maxDelay.compareTo(delay) < 0) {
            throw new ConfigException("stores." + store + ".max-delay (" + maxDelay.toMillis() + " ms) must not be "
                    + "shorter than stores." + store + ".delay (" + delay.toMillis() + " ms)");
        }
    }

    /** Without max-discovery-pages and max-delay: their defaults. */
    public StoreCrawlConfig(StoreId store, boolean enabled, Duration delay, int concurrency, boolean robots,
                            Optional<FetchConfig.ProxyConfig> proxy, Optional<String> userAgent, int maxApps,
                            int maxPages, int pageSize, List<String> categories, List<String> keywords,
                            String schedule, Optional<OppoSigningConfig> oppoSigning) {
        this(store, enabled, delay, concurrency, robots, proxy, userAgent, maxApps, maxPages, pageSize, categories,
                keywords, schedule, oppoSigning, DEFAULT_MAX_DISCOVERY_PAGES, delay.multipliedBy(10));
    }

    public DiscoveryOptions discovery() {
        return new DiscoveryOptions(categories, keywords, pageSize);
    }

    /**
     * OPPO client-API signing parameters, all supplied by the user (the key and constant come from OPPO's app and
     * are never shipped); never printed.
     */
    public record OppoSigningConfig(String key, String constant, String oak, String ocs, String deviceId) {
        @Override
        public String toString() {
            return "OppoSigningConfig[oak=" + oak + ", key=***, constant=***]";
        }
    }
}
