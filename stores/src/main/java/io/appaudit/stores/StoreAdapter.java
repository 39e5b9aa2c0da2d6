package io.appaudit.stores;

import java.util.List;
import java.util.Optional;

/**
 * What one store looks like: which requests enumerate its apps, which requests fetch a listing, and how a response
 * becomes a listing or a parse problem. Adapters do no I/O: bytes in, values out. Parsing never throws on
 * malformed input; every outcome is a value.
 */
public interface StoreAdapter {

    StoreId store();

    /** The first requests of a catalogue walk: first pages of category lists, keyword searches. */
    List<StoreRequest> discoverySeeds(DiscoveryOptions options);

    /**
     * Reads a discovery response into the facts of that page: apps found, the next page of its list when the store
     * says there is one, further lists it names, and the list (channel) it belongs to. Adapters keep no state between
     * pages: whether to follow a next page is the crawler's decision.
     */
    DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options);

    /** The request for one app's listing: the primary source first, then any supplementary sources. */
    List<StoreRequest> listingRequests(AppRef app);

    /**
     * Reads the responses to {@link #listingRequests} (in the same order; a supplement that could not be fetched
     * is simply absent) into a listing, "not listed", or a parse problem.
     */
    ListingResult parseListing(AppRef app, List<StoreResponse> responses);

    /** How requests to this store are authorised (a session token, signed headers); none by default. */
    default RequestAuth auth() {
        return RequestAuth.NONE;
    }

    /**
     * The package a downloaded file reveals under this store's naming convention (Huawei's
     * {@code <package>.<yyMMddHHmm>.apk}, Tencent's {@code fsname=<package>_<version>.apk}), when it does.
     *
     * @param finalUrl the URL the download finally resolved to
     * @param fileName the file name from Content-Disposition or the URL's last segment, when known
     */
    Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName);
}
