package io.appaudit.stores.oppo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import java.util.Optional;

/**
 * OPPO keys apps by a numeric id and has no look-up by package; its only search is the signed client API's
 * ({@code /search/v1/search}), so without the user's signing parameters OPPO cannot be asked about an app.
 */
public final class OppoLookup implements StoreLookup {

    private final boolean signed;

    /** @param signed true when signing parameters are configured (stores.oppo.signing) */
    public OppoLookup(boolean signed) {
        this.signed = signed;
    }

    @Override
    public StoreId store() {
        return StoreId.OPPO;
    }

    @Override
    public Optional<AppRef> byPackage(String packageName) {
        return Optional.empty();
    }

    @Override
    public Optional<StoreRequest> search(String keyword) {
        String k = keyword.strip();
        return signed && !k.isEmpty() ? Optional.of(OppoAdapter.discovery(OppoUrls.search(k, 0))) : Optional.empty();
    }

    @Override
    public Optional<String> searchUnavailable() {
        return signed ? Optional.empty() : Optional.of("OPPO can only be searched through its signed client API, "
                + "and no signing parameters are configured (stores.oppo.signing)");
    }
}
