package io.appaudit.stores.tencent;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import java.util.Optional;

/**
 * 应用宝 (sj.qq.com): a listing is the detail page's Next.js data, with a.app.qq.com's simple.jsp as a second source
 * for the operating company and the APK; the catalogue is walked through yybadaccess's category lists and sj.qq.com
 * keyword searches. Tencent keys listings by package name, so {@link AppRef#storeAppId()} is the package.
 */
public final class TencentAdapter implements StoreAdapter {

    public TencentAdapter() {
    }

    @Override
    public StoreId store() {
        return StoreId.TENCENT;
    }

    @Override
    public List<StoreRequest> discoverySeeds(DiscoveryOptions options) {
        return TencentDiscovery.seeds(options);
    }

    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        return TencentDiscovery.parse(request, response, options);
    }

    @Override
    public List<StoreRequest> listingRequests(AppRef app) {
        String pkg = app.storeAppId();
        return List.of(
                StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.LISTING, TencentUrls.detailUrl(pkg)),
                StoreRequest.get(StoreId.TENCENT, StoreRequest.Purpose.SUPPLEMENT, TencentUrls.supplementUrl(pkg)));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        return TencentListingReader.read(app, responses == null ? List.of() : responses);
    }

    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return DownloadNames.packageFrom(finalUrl, fileName);
    }
}
