package io.appaudit.crawler.lookup;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;

/** The stores' look-up paths, built from the configuration by each store's own module ({@link StoreId#module()}). */
final class StoreLookups {

    private StoreLookups() {
    }

    static StoreLookup create(StoreId id, AppauditConfig config) {
        return id.module().lookup(config.store(id));
    }
}
