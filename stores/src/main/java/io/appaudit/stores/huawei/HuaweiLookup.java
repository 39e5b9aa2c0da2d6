package io.appaudit.stores.huawei;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import java.util.Optional;

/**
 * AppGallery keys apps by {@code C<digits>}: a package is found through the web edge's search
 * ({@code uri=searchApp|<keyword>}), whose items carry the package; no request by package name is documented in
 * the references we have, so none is guessed.
 */
public final class HuaweiLookup implements StoreLookup {

    @Override
    public StoreId store() {
        return StoreId.HUAWEI;
    }

    @Override
    public Optional<AppRef> byPackage(String packageName) {
        return Optional.empty();
    }

    @Override
    public Optional<StoreRequest> search(String keyword) {
        return Optional.of(keyword.strip()).filter(k -> !k.isEmpty()).map(k -> StoreRequest.get(StoreId.HUAWEI,
                StoreRequest.Purpose.DISCOVERY,
                HuaweiUrls.list(HuaweiUrls.SEARCH_URI_PREFIX + k, 1, HuaweiUrls.MAX_RESULTS)));
    }
}
