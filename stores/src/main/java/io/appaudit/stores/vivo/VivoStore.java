package io.appaudit.stores.vivo;

import io.appaudit.stores.AppKeyForms;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreModule;
import io.appaudit.stores.StoreSettings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** vivo's app store, as the rest of appaudit asks for it: registered by {@code StoreId.VIVO}. */
public final class VivoStore implements StoreModule {

    private static final AppKeyForms APP_KEYS = new AppKeyForms(
            List.of(Pattern.compile("/detail/(\\d+)"), Pattern.compile("appId=(\\d+)")),
            List.of(Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)")),
            "1");
    private static final Pattern APP_ID = Pattern.compile("[0-9]{1,18}");

    @Override
    public StoreAdapter adapter(StoreSettings settings) {
        return new VivoAdapter();
    }

    @Override
    public StoreLookup lookup(StoreSettings settings) {
        return new VivoLookup();
    }

    @Override
    public AppKeyForms appKeys() {
        return APP_KEYS;
    }

    @Override
    public boolean sweepsIds() {
        return true;
    }

    /** The H5 page of the app: the evidence is the H5 API's JSON reply. */
    @Override
    public Optional<String> browserPage(String storeAppId) {
        String id = storeAppId.strip();
        return APP_ID.matcher(id).matches()
                ? Optional.of("https://h5.appstore.vivo.com.cn/#/details?appId=" + id) : Optional.empty();
    }
}
