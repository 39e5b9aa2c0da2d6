package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.names.CompanyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * M4: inducing words (checks.inducing-words) in the name or short description. The official word (官方) counts only
 * when the developer is not the official one: the store marks it official, or its brand is in the app's name.
 */
public final class InducingWordsCheck implements ListingCheck {

    /** Stores' own "official" flags (vivo spells it {@code offical}). */
    private static final List<String> OFFICIAL_FLAGS = List.of("official", "offical");
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "是");

    @Override
    public CheckId id() {
        return CheckId.M4;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (!ListingText.present(listing.name()) && !ListingText.present(listing.shortDescription())) {
            return Outcome.unknown("neither name nor short description shown");
        }
        String text = ListingText.fold(listing.name()) + "\n" + ListingText.fold(listing.shortDescription());
        List<String> matched = new ArrayList<>();
        for (String w : context.config().inducingWords()) {
            if (text.contains(ListingText.fold(w))) {
                matched.add(w);
            }
        }
        String official = ListingText.fold(context.config().officialWord());
        boolean officialCovered = matched.stream().anyMatch(w -> ListingText.fold(w).contains(official));
        if (!official.isEmpty() && !officialCovered && text.contains(official) && !officialDeveloper(listing)) {
            matched.add(context.config().officialWord() + " (developer not the official one)");
        }
        return matched.isEmpty() ? Outcome.passed() : Outcome.failed(Outcome.values("matched",
                String.join(", ", matched), "name", listing.name(), "short_description", listing.shortDescription()));
    }

    private static boolean officialDeveloper(ListingDocument listing) {
        Map<String, String> extras = listing.extras() == null ? Map.of() : listing.extras();
        if (OFFICIAL_FLAGS.stream().map(extras::get).anyMatch(v -> v != null && TRUE.contains(v.trim().toLowerCase(java.util.Locale.ROOT)))) {
            return true;
        }
        if (CompanyNames.isPlaceholder(listing.developer())) {
            return false;
        }
        String brand = CompanyNames.brand(listing.developer());
        return brand.codePointCount(0, brand.length()) >= 2 && ListingText.fold(listing.name()).contains(brand);
    }
}
