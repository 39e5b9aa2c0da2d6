package io.appaudit.stores.huawei;

import io.appaudit.stores.AppKeyForms;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreModule;
import io.appaudit.stores.StoreSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Huawei's AppGallery, as the rest of appaudit asks for it: registered by {@code StoreId.HUAWEI}. */
public final class HuaweiStore implements StoreModule {

    private static final AppKeyForms APP_KEYS = new AppKeyForms(
            List.of(Pattern.compile("app\\|(C\\d+)"), Pattern.compile("/app/(C\\d+)")),
            List.of(Pattern.compile("\"appid\"\\s*:\\s*\"(C\\d+)\""),
                    Pattern.compile("(C\\d{3,})")),
            "C0");
    /** An app id as the report may hold it: with or without the {@code C} of the gateway's ids. */
    private static final Pattern APP_ID = Pattern.compile("C?[0-9]{1,18}");

    @Override
    public StoreAdapter adapter(StoreSettings settings) {
        return new HuaweiAdapter();
    }

    @Override
    public StoreLookup lookup(StoreSettings settings) {
        return new HuaweiLookup();
    }

    @Override
    public AppKeyForms appKeys() {
        return APP_KEYS;
    }

    /** The AppGallery page of the app: the evidence is the gateway's JSON reply. */
    @Override
    public Optional<String> browserPage(String storeAppId) {
        String id = storeAppId.strip().toUpperCase(Locale.ROOT);
        return APP_ID.matcher(id).matches()
                ? Optional.of("https://appgallery.huawei.com/app/" + (id.startsWith("C") ? id : "C" + id))
                : Optional.empty();
    }
}
