package io.appaudit.stores;

import java.util.Optional;

/**
 * The settings a store's adapter and look-up are built from, as the crawler's configuration read and checked them.
 * Only a store's own settings are here (the shared ones, delays and limits, are the crawler's business).
 */
public interface StoreSettings {

    /** Settings with none of a store's own settings set up. */
    StoreSettings NONE = new StoreSettings() {
        @Override
        public <T> Optional<T> own(Class<T> type) {
            return Optional.empty();
        }
    };

    /**
     * The store's own setting of this type when the user set it up ({@code OppoSigning} for OPPO's signed client
     * API); empty otherwise.
     */
    <T> Optional<T> own(Class<T> type);
}
