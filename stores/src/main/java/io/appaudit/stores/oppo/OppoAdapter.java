package io.appaudit.stores.oppo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ApkFileName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * OPPO 软件商店. Without signing parameters it walks the unsigned H5 feeds and reads the official landing page;
 * with them ({@link OppoSigning}, supplied by the user, never shipped) it uses the signed client API: category
 * pages, keyword search and the v4 detail, with the landing page as a supplement for what the detail lacks.
 */
public final class OppoAdapter implements StoreAdapter {


    private final Optional<OppoSigning> signing;
    private final RequestAuth auth;

    /** The unsigned defaults: H5 feeds for discovery, the landing page for listings. */
    public OppoAdapter() {
        this(Optional.empty());
    }

    /** Signed mode when signing parameters are given, the unsigned defaults otherwise. */
    public OppoAdapter(Optional<OppoSigning> signing) {
        this.signing = Objects.requireNonNull(signing, "signing");
        this.auth = signing.<RequestAuth>map(OppoSigner::new).orElse(RequestAuth.NONE);
    }

    @Override
    public StoreId store() {
        return StoreId.OPPO;
    }

    /**
     * Unsigned: the first page of each H5 feed. Signed: the category list (or the given categories' first pages,
     * {@code "<cid>"} or {@code "<cid>/<subId>"}) and one search per keyword.
     */
    @Override
    public List<StoreRequest> discoverySeeds(DiscoveryOptions options) {
        List<StoreRequest> seeds = new ArrayList<>();
        if (signing.isEmpty()) {
            for (String feed : OppoUrls.H5_FEEDS) {
                seeds.add(discovery(OppoUrls.feed(feed, 0, options.pageSize())));
            }
            return seeds;
        }
        if (options.categories().isEmpty()) {
            seeds.add(discovery(OppoUrls.categories()));
        }
        for (String category : options.categories()) {
            String[] ids = category.strip().split("/", -1);
            if (ids.length > 2 || !OppoDiscovery.isId(ids[0]) || (ids.length == 2 && !ids[1].matches("[0-9]{1,18}"))) {
                throw new IllegalArgumentException("OPPO category must be '<cid>' or '<cid>/<subId>', was '"
                        + category + "'");
            }
            String sub = ids.length == 2 ? ids[1] : OppoDiscovery.NO_SUB_CATEGORY;
            seeds.add(discovery(OppoUrls.categoryPage(ids[0], sub, 0)));
        }
        for (String keyword : options.keywords()) {
            if (!keyword.isBlank()) {
                seeds.add(discovery(OppoUrls.search(keyword.strip(), 0)));
            }
        }
        return seeds;
    }

    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        return OppoDiscovery.parse(request, response, options);
    }

    /** Unsigned: the landing page. Signed: the v4 detail, then the landing page as a supplement. */
    @Override
    public List<StoreRequest> listingRequests(AppRef app) {
        String id = app.storeAppId().strip();
        if (!OppoDiscovery.isId(id)) {
            throw new IllegalArgumentException("OPPO app ids are positive numbers, was '" + app.storeAppId() + "'");
        }
        StoreRequest landing = StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.LISTING, OppoUrls.landing(id));
        if (signing.isEmpty()) {
            return List.of(landing);
        }
        return List.of(StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.LISTING, OppoUrls.detail(id)),
                StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.SUPPLEMENT, landing.url()));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        return OppoListingReader.read(app, responses);
    }

    @Override
    public RequestAuth auth() {
        return auth;
    }

    /**
     * OPPO's own APK links end in a version id ({@code /download/v1/22926538}) and say nothing; only a file named
     * {@code <package>.apk} or {@code <package>_<version>.apk} is read ({@link ApkFileName}), so a guess is never made.
     */
    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return ApkFileName.packageOf(finalUrl, fileName);
    }

    static StoreRequest discovery(String url) {
        return StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.DISCOVERY, url);
    }
}
