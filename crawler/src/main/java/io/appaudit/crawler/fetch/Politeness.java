package io.appaudit.crawler.fetch;

import io.appaudit.stores.StoreId;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which limiter a request waits on. Every host a store's pages come from shares the store's limiter, so the store
 * as a whole sees at most one request per delay; any other host (a download CDN, a developer's website) gets a
 * limiter of its own with the same delay.
 */
public final class Politeness {

    private final Map<StoreId, Duration> delays;
    private final Map<StoreId, Duration> ceilings;
    private final Map<StoreId, HostLimiter> stores = new ConcurrentHashMap<>();
    private final Map<StoreId, Set<String>> storeHosts = new ConcurrentHashMap<>();
    private final Map<String, HostLimiter> hosts = new ConcurrentHashMap<>();

    /** Each store's delay may rise to ten times the configured one. */
    public Politeness(Map<StoreId, Duration> delays) {
        this(delays, Map.of());
    }

    /**
     * @param delays   each store's configured delay between requests
     * @param ceilings the most each store's delay rises to when it keeps refusing (absent: ten times the delay, at least a second)
     */
    public Politeness(Map<StoreId, Duration> delays, Map<StoreId, Duration> ceilings) {
        this.delays = Map.copyOf(delays);
        this.ceilings = Map.copyOf(ceilings);
    }

    /** Declares a host as one of the store's own (its pages, its API): requests to it share the store's limiter. */
    public void storeHost(StoreId store, String host) {
        storeHosts.computeIfAbsent(store, s -> ConcurrentHashMap.newKeySet()).add(host.toLowerCase(Locale.ROOT));
    }

    /** The limiter for a request made on behalf of {@code store} to {@code host}. */
    public HostLimiter limiterFor(StoreId store, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (storeHosts.getOrDefault(store, Set.of()).contains(h)) {
            return storeLimiter(store);
        }
        return hosts.computeIfAbsent(h, x -> limiter(store));
    }

    /** The store's own limiter. */
    public HostLimiter storeLimiter(StoreId store) {
        return stores.computeIfAbsent(store, this::limiter);
    }

    private HostLimiter limiter(StoreId store) {
        Duration d = delay(store);
        return new HostLimiter(d, ceilings.getOrDefault(store, HostLimiter.defaultCeiling(d, 10)));
    }

    private Duration delay(StoreId store) {
        Duration d = delays.get(store);
        if (d == null) {
            throw new IllegalArgumentException("No delay configured for store " + store);
        }
        return d;
    }
}
