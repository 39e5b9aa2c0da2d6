package io.appaudit.stores;

import java.util.Optional;

/**
 * How one store is asked about one app directly, outside a catalogue walk: by its package where the store keys its
 * pages by package, else through its search (read with the adapter's own discovery reader). No I/O: requests out.
 */
public interface StoreLookup {

    StoreId store();

    /** The listing to fetch for a package when the store has a page per package (Tencent, Xiaomi). */
    Optional<AppRef> byPackage(String packageName);

    /** The first page of the store's search for a keyword (an app's name or its package), when it can search. */
    Optional<StoreRequest> search(String keyword);

    /** Why {@link #search} gives nothing in this configuration; empty when the store can be searched. */
    default Optional<String> searchUnavailable() {
        return Optional.empty();
    }
}
