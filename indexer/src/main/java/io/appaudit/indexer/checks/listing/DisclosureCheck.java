package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R3: a pre-download disclosure is missing (developer, version, update date, privacy-policy link, permission list).
 * Only the parts the store shows this quarter are evaluated: one it does not show is a platform-level observation,
 * not this listing's fault (a store that shows none of them makes R3 unknown before it gets here).
 */
public final class DisclosureCheck implements ListingCheck {

    private static final List<ListingField> PARTS = List.of(ListingField.DEVELOPER, ListingField.VERSION,
            ListingField.UPDATED_AT, ListingField.PRIVACY_POLICY, ListingField.PERMISSIONS);

    @Override
    public CheckId id() {
        return CheckId.R3;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        Set<ListingField> notShown = context.shown().notShown(StoreId.of(listing.store()));
        List<String> missing = new ArrayList<>();
        for (ListingField part : PARTS) {
            if (!notShown.contains(part) && !FieldsFound.found(part, listing)) {
                missing.add(ShownFields.name(part));
            }
        }
        if (!missing.isEmpty()) {
            return Outcome.failed(Outcome.values("missing", String.join(", ", missing), "not_shown_by_store",
                    notShown.stream().filter(PARTS::contains).map(ShownFields::name).sorted()
                            .reduce((a, b) -> a + ", " + b).orElse(null)));
        }
        return Outcome.passed();
    }
}
