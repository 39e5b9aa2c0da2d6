package io.appaudit.stores.oppo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/** Joins the signed detail with the landing page: the detail's values stand, the page fills what it lacks. */
final class Listings {

    private Listings() {
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
