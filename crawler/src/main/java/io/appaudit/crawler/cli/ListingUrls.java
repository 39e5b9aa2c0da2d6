package io.appaudit.crawler.cli;

import io.appaudit.stores.StoreId;
import java.util.Optional;

/**
 * Reads the app key out of a store URL a user pasted (a detail page, an API call or the user-facing page), or out of
 * a saved reply, in the forms each store's module gives ({@link io.appaudit.stores.StoreModule#appKeys()}).
 */
final class ListingUrls {

    private ListingUrls() {
    }

    /** The first app key found in a saved response, for when the user named none. */
    static Optional<String> sniff(StoreId store, String text) {
        return store.module().appKeys().inReply(text);
    }

    /** A key of the right shape for the store when the file names no app at all (a not-found reply). */
    static String placeholder(StoreId store) {
        return store.module().appKeys().placeholder();
    }

    static Optional<String> appId(StoreId store, String url) {
        return store.module().appKeys().inUrl(url);
    }
}
