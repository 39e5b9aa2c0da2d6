package io.appaudit.stores.oppo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a listing: unsigned, from the landing page alone; signed, from the v4 detail joined with the landing page,
 * where the detail's values stand and the page fills what it lacks.
 */
final class OppoListingReader {

    private OppoListingReader() {
    }

    static ListingResult read(AppRef app, List<StoreResponse> responses) {
        if (responses.isEmpty()) {
            String url = OppoUrls.landing(app.storeAppId());
            return ListingResult.Problem.of(StoreId.OPPO, app.storeAppId(), url, ParseProblem.Kind.UNEXPECTED_FORMAT,
                    List.of(), "no response to read");
        }
        StoreResponse primary = responses.get(0);
        if (!OppoUrls.isDetailV4(primary.url())) {
            return LandingPage.parse(app, primary);
        }
        ListingResult detail = DetailJson.parse(app, primary);
        if (!(detail instanceof ListingResult.Listed listed)) {
            return detail;
        }
        for (StoreResponse supplement : responses.subList(1, responses.size())) {
            if (supplement.status() == 200 && OppoUrls.path(supplement.url()).equals(OppoUrls.LANDING)) {
                AppRef known = new AppRef(StoreId.OPPO, app.storeAppId(), Optional.of(listed.listing().packageName()),
                        listed.listing().name(), app.via());
                if (LandingPage.parse(known, supplement) instanceof ListingResult.Listed page
                        && page.listing().packageName().equals(listed.listing().packageName())) {
                    return new ListingResult.Listed(fillGaps(listed.listing(), page.listing()));
                }
            }
        }
        return detail;
    }

    static Listing fillGaps(Listing primary, Listing supplement) {
        Listing.Builder b = Listing.builder(primary.store(), primary.storeAppId(), primary.packageName())
                .name(primary.name().or(supplement::name).orElse(null))
                .developer(primary.developer().or(supplement::developer).orElse(null))
                .operator(primary.operator().or(supplement::operator).orElse(null))
                .versionName(primary.versionName().or(supplement::versionName).orElse(null))
                .versionCode(primary.versionCode().or(supplement::versionCode).orElse(null))
                .updatedAt(primary.updatedAt().or(supplement::updatedAt).orElse(null))
                .sizeBytes(primary.sizeBytes().or(supplement::sizeBytes).orElse(null))
                .downloads(primary.downloads().or(supplement::downloads).orElse(null))
                .rating(primary.rating().or(supplement::rating).orElse(null))
                .category(primary.category().or(supplement::category).orElse(null))
                .shortDescription(primary.shortDescription().or(supplement::shortDescription).orElse(null))
                .description(primary.description().or(supplement::description).orElse(null))
                .privacyPolicyUrl(primary.privacyPolicyUrl().or(supplement::privacyPolicyUrl).orElse(null))
                .website(primary.website().or(supplement::website).orElse(null))
                .permissions(primary.permissions().or(supplement::permissions).orElse(null))
                .filingNumber(primary.filingNumber().or(supplement::filingNumber).orElse(null))
                .targetSdk(primary.targetSdk().or(supplement::targetSdk).orElse(null))
                .sourceUrl(primary.sourceUrl())
                .fetchedAt(primary.fetchedAt());
        (primary.hashes().isEmpty() ? supplement.hashes() : primary.hashes())
                .forEach(h -> b.addHash(h.kind(), h.value()));
        // every control a user can see counts (M1–M3), from either source
        LinkedHashSet<DownloadControl> controls = new LinkedHashSet<>(primary.downloadControls());
        controls.addAll(supplement.downloadControls());
        controls.forEach(c -> b.addDownloadControl(c.kind(), c.label(), c.url()));
        Map<String, AppRef> related = new LinkedHashMap<>();
        primary.related().forEach(r -> related.putIfAbsent(r.storeAppId(), r));
        supplement.related().forEach(r -> related.putIfAbsent(r.storeAppId(), r));
        related.values().forEach(b::addRelated);
        Map<String, String> extras = new LinkedHashMap<>(supplement.extras());
        extras.putAll(primary.extras());
        extras.forEach(b::extra);
        return b.build();
    }
}
