package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * R3: a pre-download disclosure is missing (developer, version, update date, privacy-policy link, permission list).
 * A disclosure the store's format never shows is a platform-level observation, not this listing's fault: it is left
 * out here.
 */
public final class DisclosureCheck implements ListingCheck {

    private static final Map<ListingField, Predicate<ListingDocument>> SHOWN = shown();

    private static Map<ListingField, Predicate<ListingDocument>> shown() {
        Map<ListingField, Predicate<ListingDocument>> m = new LinkedHashMap<>();
        m.put(ListingField.DEVELOPER, d -> ListingText.present(d.developer()));
        m.put(ListingField.VERSION, d -> ListingText.present(d.versionName()) || d.versionCode() != null);
        m.put(ListingField.UPDATED_AT, d -> d.updatedAt() != null);
        m.put(ListingField.PRIVACY_POLICY, d -> ListingText.present(d.privacyPolicyUrl()));
        m.put(ListingField.PERMISSIONS, d -> d.permissions() != null);
        return m;
    }

    @Override
    public CheckId id() {
        return CheckId.R3;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        Set<ListingField> never = context.neverShown(StoreId.of(listing.store()));
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((field, isShown) -> {
            if (!never.contains(field) && !isShown.test(listing)) {
                missing.add(field.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return missing.isEmpty() ? Outcome.passed()
                : Outcome.failed(Outcome.values("missing", String.join(", ", missing)));
    }
}
