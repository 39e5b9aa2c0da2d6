package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Xiaomi 小米应用商店 (app.mi.com): apps are enumerated through the category-list JSON and the mobile search API,
 * and each listing is read from the package-keyed details HTML page.
 */
public final class XiaomiAdapter implements StoreAdapter {

    static final String WEB = "https://app.mi.com";
    /** A 2025 public crawler found a browser User-Agent plus this Referer sufficient; the crawler adds the UA. */
    static final Map<String, String> HEADERS = Map.of("Referer", "https://app.mi.com/");
    static final String DETAILS_URL = WEB + "/details?id=";
    static final String DOWNLOAD_URL = WEB + "/download/";

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
        return List.of(StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.LISTING, detailsUrl(app.storeAppId()),
                HEADERS));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        return DetailsPage.read(app, responses);
    }

    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return DownloadNames.packageOf(finalUrl, fileName);
    }

    static String detailsUrl(String packageName) {
        return DETAILS_URL + URLEncoder.encode(packageName, StandardCharsets.UTF_8);
    }
}
