package io.appaudit.stores;

import java.net.URL;
import java.util.Optional;

/**
 * Everything the rest of appaudit asks of one store, answered by the store's own package: the one public class a
 * store package adds for the registry (its {@code <Store>Store}), named by the store's {@link StoreId} constant.
 * The crawler and the indexer dispatch through it and hold no case per store. Stateless: a module may be built as
 * often as asked.
 */
public interface StoreModule {

    /** The store's adapter, built from the store's settings (OPPO's signing, when the user set it up). */
    StoreAdapter adapter(StoreSettings settings);

    /** How the store is asked about one app, in these settings. */
    StoreLookup lookup(StoreSettings settings);

    /** The forms the store's app key takes in a pasted store URL and in a saved reply. */
    AppKeyForms appKeys();

    /**
     * The store's default settings: a YAML resource in the store's package holding every key read under
     * {@code stores.<store>.}, keys relative to it; {@code defaults.yaml} beside the module's class.
     */
    default URL defaults() {
        return getClass().getResource("defaults.yaml");
    }

    /**
     * Whether the store keys its apps by sequential numeric ids that can be asked one by one, so that an id range
     * ({@code stores.<store>.id-range}) is a discovery channel of its own. None does unless it says so.
     */
    default boolean sweepsIds() {
        return false;
    }

    /**
     * The page of an app a reader can open in a browser, for a store whose evidence is an API reply; empty when the
     * store's evidence page is already one (the default), or the id is not of the store's shape.
     */
    default Optional<String> browserPage(String storeAppId) {
        return Optional.empty();
    }
}
