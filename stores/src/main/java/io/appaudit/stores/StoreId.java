package io.appaudit.stores;

import io.appaudit.stores.huawei.HuaweiStore;
import io.appaudit.stores.oppo.OppoStore;
import io.appaudit.stores.tencent.TencentStore;
import io.appaudit.stores.vivo.VivoStore;
import io.appaudit.stores.xiaomi.XiaomiStore;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The five audited stores, with the id used in configuration, indices and reports, and the module that answers for
 * each: the registry. A store is registered here and nowhere else, one line naming its {@code <Store>Store}.
 */
public enum StoreId {
    TENCENT("tencent", "应用宝", TencentStore::new),
    XIAOMI("xiaomi", "小米", XiaomiStore::new),
    OPPO("oppo", "OPPO", OppoStore::new),
    HUAWEI("huawei", "华为", HuaweiStore::new),
    VIVO("vivo", "vivo", VivoStore::new);

    /** All five stores publish dates in China time unless an offset is given. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String id;
    private final String displayName;
    // a supplier, not an instance: a store class refers back to its constant, which would still be null while this
    // enum is being initialised
    private final Supplier<StoreModule> module;

    StoreId(String id, String displayName, Supplier<StoreModule> module) {
        this.id = id;
        this.displayName = displayName;
        this.module = module;
    }

    /** The lower-case id used in configuration keys, document fields and the command line. */
    public String id() {
        return id;
    }

    /** The name readers of a Chinese regulator's notice know the store by. */
    public String displayName() {
        return displayName;
    }

    /** What the store's own package answers: its adapter, look-up, key forms, defaults. */
    public StoreModule module() {
        return module.get();
    }

    /** Parses a store id case-insensitively; the error lists the valid ids. */
    public static StoreId of(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (StoreId s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown store '" + text + "': use one of "
                + Arrays.stream(values()).map(StoreId::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
