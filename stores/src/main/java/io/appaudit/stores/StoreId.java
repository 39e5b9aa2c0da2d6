package io.appaudit.stores;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five audited stores, with the id used in configuration, indices and reports. */
public enum StoreId {
    TENCENT("tencent", "应用宝"),
    XIAOMI("xiaomi", "小米"),
    OPPO("oppo", "OPPO"),
    HUAWEI("huawei", "华为"),
    VIVO("vivo", "vivo");

    /** All five stores publish dates in China time unless an offset is given. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String id;
    private final String displayName;

    StoreId(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The lower-case id used in configuration keys, document fields and the command line. */
    public String id() {
        return id;
    }

    /** The name readers of a Chinese regulator's notice know the store by. */
    public String displayName() {
        return displayName;
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
