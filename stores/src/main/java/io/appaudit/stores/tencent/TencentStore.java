package io.appaudit.stores.tencent;

import io.appaudit.stores.AppKeyForms;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreModule;
import io.appaudit.stores.StoreSettings;
import java.util.List;
import java.util.regex.Pattern;

/** Tencent's 应用宝 (sj.qq.com), as the rest of appaudit asks for it: registered by {@code StoreId.TENCENT}. */
public final class TencentStore implements StoreModule {

    private static final AppKeyForms APP_KEYS = new AppKeyForms(
            List.of(Pattern.compile("/appdetail/([A-Za-z0-9_.]+)"),
                    Pattern.compile("[?&]pkgname=([A-Za-z0-9_.]+)")),
            List.of(Pattern.compile("\"pkg_name\"\\s*:\\s*\"([A-Za-z0-9_.]+)\""),
                    Pattern.compile("\"pkgName\"\\s*:\\s*\"([A-Za-z0-9_.]+)\"")),
            "unknown.app");

    @Override
    public StoreAdapter adapter(StoreSettings settings) {
        return new TencentAdapter();
    }

    @Override
    public StoreLookup lookup(StoreSettings settings) {
        return new TencentLookup();
    }

    @Override
    public AppKeyForms appKeys() {
        return APP_KEYS;
    }
}
