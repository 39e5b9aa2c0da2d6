package io.appaudit.stores;

import io.appaudit.stores.kit.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A pointer to one app in one store: the key its detail page is fetched by, plus what the pointing page
 * said about it. Xiaomi and Tencent key detail pages by package, Huawei by {@code C<digits>}, vivo and OPPO
 * by a numeric id. {@code item} is what a list item said beyond package and name, where the list carried more
 * (see {@link ListItem}): a listing can be built from it when the detail page cannot be had.
 */
public record AppRef(StoreId store, String storeAppId, Optional<String> packageName, Optional<String> name,
                     String via, Optional<ListItem> item) {

    public AppRef {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(storeAppId, "storeAppId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(item, "item");
        if (storeAppId.isBlank()) {
            throw new IllegalArgumentException("Empty app id for " + store);
        }
    }

    /** A reference without a list item. */
    public AppRef(StoreId store, String storeAppId, Optional<String> packageName, Optional<String> name, String via) {
        this(store, storeAppId, packageName, name, via, Optional.empty());
    }

    /** This reference with what its list item said (an item that says nothing is not kept). */
    public AppRef withItem(ListItem listItem) {
        return new AppRef(store, storeAppId, packageName, name, via,
                Optional.of(listItem).filter(i -> !i.isEmpty() || i.seen().isPresent()));
    }

    /** A reference known only by its key, for example one given on the command line. */
    public static AppRef of(StoreId store, String storeAppId) {
        return new AppRef(store, storeAppId, Optional.empty(), Optional.empty(), "given");
    }

    public static AppRef of(StoreId store, String storeAppId, String packageName, String name, String via) {
        return new AppRef(store, storeAppId, Optional.ofNullable(Text.clean(packageName)),
                Optional.ofNullable(Text.clean(name)), via);
    }
}
