package io.appaudit.stores.oppo;

import io.appaudit.stores.AppKeyForms;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreModule;
import io.appaudit.stores.StoreSettings;
import java.util.List;
import java.util.regex.Pattern;

/** OPPO's app store, as the rest of appaudit asks for it: registered by {@code StoreId.OPPO}. */
public final class OppoStore implements StoreModule {

    private static final AppKeyForms APP_KEYS = new AppKeyForms(
            List.of(Pattern.compile("/detail/v\\d+/(\\d+)"), Pattern.compile("app_id=(\\d+)")),
            List.of(Pattern.compile("app_id=(\\d+)"),
                    Pattern.compile("\"appId\"\\s*:\\s*\"?(\\d+)")),
            "1");

    @Override
    public StoreAdapter adapter(StoreSettings settings) {
        return new OppoAdapter(settings.own(OppoSigning.class));
    }

    @Override
    public StoreLookup lookup(StoreSettings settings) {
        return new OppoLookup(settings.own(OppoSigning.class).isPresent());
    }

    @Override
    public AppKeyForms appKeys() {
        return APP_KEYS;
    }
}
