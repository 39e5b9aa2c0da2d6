package io.appaudit.crawler.config;

import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.IdRange;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreSettings;
import io.appaudit.stores.oppo.OppoSigning;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one store is crawled: politeness (delay between requests, concurrency, robots.txt), limits, discovery
 * choices and its schedule; and, as {@link StoreSettings}, the store's own settings its module builds its adapter and
 * look-up from.
 *
 * @param maxApps           0 for no limit
 * @param maxDiscoveryPages the most discovery pages one run fetches, over all lists
 * @param maxDelay          the most the delay rises to while the store keeps refusing (429, 503); at least the delay
 * @param incomplete        why this store's settings are not enough to crawl it (a partial OPPO signing set-up);
 *                          it stops only what needs this store, through {@link #requireComplete()}
 * @param idRange           numeric ids to sweep as a discovery channel (vivo's {@code id-range}); empty: none
 */
public record StoreCrawlConfig(StoreId store, boolean enabled, Duration delay, int concurrency, boolean robots,
                               Optional<FetchConfig.ProxyConfig> proxy, Optional<String> userAgent, int maxApps,
                               int maxPages, int pageSize, List<String> categories, List<String> keywords,
                               String schedule, Optional<OppoSigningConfig> oppoSigning, int maxDiscoveryPages,
                               Duration maxDelay, Optional<String> incomplete, Optional<IdRange> idRange)
        implements StoreSettings {

    public StoreCrawlConfig {
        Objects.requireNonNull(store, "store");
        String p = "stores." + store.id() + ".";
        if (delay.isNegative()) {
            throw ConfigException.below(p + "delay", ValueText.duration(delay), "0ms");
        }
        if (concurrency < 1 || concurrency > 16) {
            throw ConfigException.outside(p + "concurrency", concurrency, 1, 16);
        }
        if (maxApps < 0) {
            throw ConfigException.below(p + "max-apps", maxApps, 0);
        }
        if (maxPages < 1) {
            throw ConfigException.below(p + "max-pages", maxPages, 1);
        }
        if (pageSize < 1) {
            throw ConfigException.below(p + "page-size", pageSize, 1);
        }
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(oppoSigning, "oppoSigning");
        if (maxDiscoveryPages < 1) {
            throw ConfigException.below(p + "max-discovery-pages", maxDiscoveryPages, 1);
        }
        if (maxDelay.compareTo(delay) < 0) {
            throw ConfigException.below(p + "max-delay", ValueText.duration(maxDelay),
                    p + "delay (" + ValueText.duration(delay) + ")");
        }
        Objects.requireNonNull(incomplete, "incomplete");
        Objects.requireNonNull(idRange, "idRange");
    }

    /**
     * Reads the keys under {@code stores.<store>}.
     *
     * @param proxyPassword the proxy's password, from the environment only
     * @param env           the environment, for the store's own secrets (OPPO's signing key and constant)
     */
    public static StoreCrawlConfig from(Settings s, StoreId store, Optional<String> proxyPassword,
                                       Map<String, String> env) {
        String p = "stores." + store.id() + ".";
        Optional<OppoSigningConfig> signing = Optional.empty();
        Optional<String> incomplete = Optional.empty();
        if (store == StoreId.OPPO) {
            OppoSigningKeys keys = OppoSigningKeys.read(s, p + "signing", env);
            signing = keys.signing();
            incomplete = keys.missing();
        }
        // only a store keying apps by sequential ids that can be asked one by one has an id range (vivo's H5 API;
        // README, "id ranges")
        Optional<IdRange> idRange = store.module().sweepsIds() ? IdSweepConfig.from(s, p + "id-range").range()
                : Optional.empty();
        Duration delay = s.duration(p + "delay");
        return new StoreCrawlConfig(store, s.bool(p + "enabled"), delay, s.integer(p + "concurrency"),
                s.bool(p + "robots"), FetchConfig.ProxyConfig.parse(p + "proxy", s.string(p + "proxy"), proxyPassword),
                s.optional(p + "user-agent"), s.integer(p + "max-apps"), s.integer(p + "max-pages"),
                s.integer(p + "page-size"), s.list(p + "categories"), s.list(p + "keywords"), s.string(p + "schedule"),
                signing, s.integer(p + "max-discovery-pages"), AppauditConfig.maxDelay(s, p + "max-delay", delay),
                incomplete, idRange);
    }

    /** Fails, saying what is missing and what to do, when this store's settings are not enough to crawl it. */
    public void requireComplete() {
        incomplete.ifPresent(reason -> {
            throw new ConfigException(reason);
        });
    }

    /** OPPO's signing, as its adapter takes it ({@link OppoSigning}), when set up in full; nothing else. */
    @Override
    public <T> Optional<T> own(Class<T> type) {
        return oppoSigning.map(c -> new OppoSigning(c.key(), c.constant(), c.oak(), c.ocs(), c.deviceId()))
                .filter(type::isInstance).map(type::cast);
    }

    public DiscoveryOptions discovery() {
        return new DiscoveryOptions(categories, keywords, pageSize, idRange);
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
