package io.appaudit.indexer.report;

import io.appaudit.stores.StoreId;
import java.util.Optional;

/**
 * The page of an app a reader can open in a browser, for the stores whose evidence is a JSON API reply (Huawei's
 * gateway, vivo's H5 API): the report links that page as the store page and keeps the API URL as the evidence.
 * Each store's module says which page that is ({@link io.appaudit.stores.StoreModule#browserPage(String)}).
 */
final class StorePage {

    private StorePage() {
    }

    /** The human page of the app, or empty when the store's evidence page is already one (or the id is not known). */
    static Optional<String> of(String store, String storeAppId) {
        if (storeAppId == null) {
            return Optional.empty();
        }
        return StoreId.find(store)
                .flatMap(s -> s.module().browserPage(storeAppId));
    }
}
