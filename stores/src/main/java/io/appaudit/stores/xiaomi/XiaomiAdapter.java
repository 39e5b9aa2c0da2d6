package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ApkFileName;
import java.util.List;
import java.util.Optional;

/**
 * Xiaomi 小米应用商店 (app.mi.com): apps are enumerated through the category-list JSON and the mobile search API,
 * and each listing is read from the package-keyed details HTML page.
 */
public final class XiaomiAdapter implements StoreAdapter {

    private final XiaomiDiscovery discovery = new XiaomiDiscovery();

    public XiaomiAdapter() {
    }

    @Override
    public StoreId store() {
        return StoreId.XIAOMI;
    }

    @Override
    public List<StoreRequest> discoverySeeds(DiscoveryOptions options) {
        return discovery.seeds(options);
    }

    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        return discovery.parse(request, response, options);
    }

    @Override
    public List<StoreRequest> listingRequests(AppRef app) {
        return List.of(StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.LISTING,
                XiaomiUrls.detailsUrl(app.storeAppId()), XiaomiUrls.HEADERS));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        return XiaomiListingReader.read(app, responses);
    }

    /**
     * {@code /download/<appId>} redirects to the CDN, where public code shows files named {@code <package>.apk}
     * ({@code f2.market.xiaomi.com/download/AppStore/<hash>/com.tencent.mm.apk}) and also display names
     * ({@code 芒果TV_4.4.3_55.apk}, which reveal nothing); read by {@link ApkFileName}.
     */
    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return ApkFileName.packageOf(finalUrl, fileName);
    }
}
