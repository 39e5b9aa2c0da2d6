package io.appaudit.crawler;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.vivo.VivoAdapter;
import java.util.EnumMap;
import java.util.Map;

/** The store adapters, built from the configuration: the one place that knows every store's adapter class. */
public final class Adapters {

    private Adapters() {
    }

    /** One adapter per store, configured (enabled or not: parsing saved pages needs every store). */
    public static Map<StoreId, StoreAdapter> create(AppauditConfig config) {
        Map<StoreId, StoreAdapter> m = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            m.put(id, create(id, config));
        }
        return m;
    }

    public static StoreAdapter create(StoreId id, AppauditConfig config) {
        return switch (id) {
            case VIVO -> new VivoAdapter();
            default -> throw new IllegalStateException("No adapter for " + id + " yet");
        };
    }
}
