package io.appaudit.crawler;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;

/** The store adapters, built from the configuration by each store's own module ({@link StoreId#module()}). */
public final class Adapters {

    private Adapters() {
    }

    /**
     * The store's adapter, configured; fails naming what is missing when the store's settings are incomplete (a
     * partial OPPO signing set-up), so that only what needs this store stops.
     */
    public static StoreAdapter create(StoreId id, AppauditConfig config) {
        config.store(id).requireComplete();
        return id.module().adapter(config.store(id));
    }
}
