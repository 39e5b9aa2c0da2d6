package io.appaudit.stores.vivo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import java.util.Optional;

/** vivo keys apps by a numeric id and has no look-up by package: its H5 search, then the detail of the match. */
public final class VivoLookup implements StoreLookup {

    static final int SEARCH_PAGE_SIZE = 20;

    private final VivoUrls urls;

    public VivoLookup() {
        this.urls = new VivoUrls();
    }

    @Override
    public StoreId store() {
        return StoreId.VIVO;
    }

    @Override
    public Optional<AppRef> byPackage(String packageName) {
        return Optional.empty();
    }

    @Override
    public Optional<StoreRequest> search(String keyword) {
        return Optional.of(keyword.strip()).filter(k -> !k.isEmpty())
                .map(k -> urls.search(k, 1, SEARCH_PAGE_SIZE));
    }
}
