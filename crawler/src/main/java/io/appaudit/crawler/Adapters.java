package io.appaudit.crawler;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.huawei.HuaweiAdapter;
import io.appaudit.stores.oppo.OppoAdapter;
import io.appaudit.stores.oppo.OppoSigning;
import io.appaudit.stores.tencent.TencentAdapter;
import io.appaudit.stores.vivo.VivoAdapter;
import io.appaudit.stores.xiaomi.XiaomiAdapter;
import java.util.EnumMap;
import java.util.Map;

/** The store adapters, built from the configuration: the one place that knows every store's adapter class. */
public final class Adapters {

    private Adapters() {
    }

    /** One adapter per store, configured (enabled or not: parsing saved pages needs every store). */
    public static Map<StoreId, StoreAdapter> create(AppauditConfig config) {
        Map<StoreId, StoreAdapter> m = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            m.put(id, create(id, config));
        }
        return m;
    }

    public static StoreAdapter create(StoreId id, AppauditConfig config) {
        return switch (id) {
            case TENCENT -> new TencentAdapter();
            case XIAOMI -> new XiaomiAdapter();
            case OPPO -> new OppoAdapter(config.store(StoreId.OPPO).oppoSigning()
                    .map(s -> new OppoSigning(s.key(), s.constant(), s.oak(), s.ocs(), s.deviceId())));
            case HUAWEI -> new HuaweiAdapter();
            case VIVO -> new VivoAdapter();
        };
    }
}
