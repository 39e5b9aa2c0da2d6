package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import java.util.Optional;

/** Xiaomi keys its detail pages by package ({@code app.mi.com/details?id=<pkg>}); its search is the mobile API's. */
public final class XiaomiLookup implements StoreLookup {

    /** One page of twenty: a search for a name or a package that has not found it there will not find it later. */
    static final int SEARCH_PAGE_SIZE = 20;

    @Override
    public StoreId store() {
        return StoreId.XIAOMI;
    }

    @Override
    public Optional<AppRef> byPackage(String packageName) {
        return packageName.isBlank() ? Optional.empty()
                : Optional.of(AppRef.of(StoreId.XIAOMI, packageName.strip(), packageName.strip(), null, "lookup"));
    }

    @Override
    public Optional<StoreRequest> search(String keyword) {
        return Optional.of(keyword.strip()).filter(k -> !k.isEmpty()).map(k -> StoreRequest.get(StoreId.XIAOMI,
                StoreRequest.Purpose.DISCOVERY, XiaomiUrls.searchUrl(k, SEARCH_PAGE_SIZE)));
    }
}
