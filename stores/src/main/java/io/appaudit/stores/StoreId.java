package io.appaudit.stores;

import io.appaudit.stores.huawei.HuaweiStore;
import io.appaudit.stores.oppo.OppoStore;
import io.appaudit.stores.tencent.TencentStore;
import io.appaudit.stores.vivo.VivoStore;
import io.appaudit.stores.xiaomi.XiaomiStore;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
        return find(text == null ? "" : text.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new IllegalArgumentException("Unknown store '" + text + "': use one of "
                        + Arrays.stream(values()).map(StoreId::id).collect(Collectors.joining(", "))));
    }

    /**
     * The store whose id is exactly {@code id}, as documents store it; empty for any other text (a store this
     * version does not know, or none), so that a reader can skip that document and say so.
     */
    public static Optional<StoreId> find(String id) {
        for (StoreId s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
