package io.appaudit.crawler.lookup;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.huawei.HuaweiLookup;
import io.appaudit.stores.oppo.OppoLookup;
import io.appaudit.stores.tencent.TencentLookup;
import io.appaudit.stores.vivo.VivoLookup;
import io.appaudit.stores.xiaomi.XiaomiLookup;

/** The stores' look-up paths, built from the configuration: the one place that knows each store's class. */
final class StoreLookups {

    private StoreLookups() {
    }

    static StoreLookup create(StoreId id, AppauditConfig config) {
        return switch (id) {
            case TENCENT -> new TencentLookup();
            case XIAOMI -> new XiaomiLookup();
            case HUAWEI -> new HuaweiLookup();
            case VIVO -> new VivoLookup();
            case OPPO -> new OppoLookup(config.store(StoreId.OPPO).oppoSigning().isPresent());
        };
    }
}
