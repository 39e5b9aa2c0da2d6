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

    /**
     * {@code /download/<appId>} redirects to the CDN, where public code shows files named {@code <package>.apk}
     * ({@code f2.market.xiaomi.com/download/AppStore/<hash>/com.tencent.mm.apk}) and also display names
     * ({@code 芒果TV_4.4.3_55.apk}, which reveal nothing); read by {@link ApkFileName}.
     */
    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return ApkFileName.packageOf(finalUrl, fileName);
    }

    static String detailsUrl(String packageName) {
        return DETAILS_URL + URLEncoder.encode(packageName, StandardCharsets.UTF_8);
    }
}
