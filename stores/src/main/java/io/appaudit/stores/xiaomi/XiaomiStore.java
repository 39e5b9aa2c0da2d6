package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppKeyForms;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreModule;
import io.appaudit.stores.StoreSettings;
import java.util.List;
import java.util.regex.Pattern;

/** Xiaomi's app store (app.mi.com), as the rest of appaudit asks for it: registered by {@code StoreId.XIAOMI}. */
public final class XiaomiStore implements StoreModule {

    private static final AppKeyForms APP_KEYS = new AppKeyForms(
            List.of(Pattern.compile("details\\?id=([A-Za-z0-9_.]+)")),
            List.of(Pattern.compile("details\\?id=([A-Za-z0-9_.]+)"),
                    Pattern.compile("\"packageName\"\\s*:\\s*\"([A-Za-z0-9_.]+)\"")),
            "unknown.app");

    @Override
    public StoreAdapter adapter(StoreSettings settings) {
        return new XiaomiAdapter();
    }

    @Override
    public StoreLookup lookup(StoreSettings settings) {
        return new XiaomiLookup();
    }

    @Override
    public AppKeyForms appKeys() {
        return APP_KEYS;
    }
}
