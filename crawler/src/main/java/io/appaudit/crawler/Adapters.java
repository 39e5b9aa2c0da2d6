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

/** The store adapters, built from the configuration: the one place that knows every store's adapter class. */
public final class Adapters {

    private Adapters() {
    }

    /**
     * The store's adapter, configured; fails naming what is missing when the store's settings are incomplete (a
     * partial OPPO signing set-up), so that only what needs this store stops.
     */
    public static StoreAdapter create(StoreId id, AppauditConfig config) {
        config.store(id).requireComplete();
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
