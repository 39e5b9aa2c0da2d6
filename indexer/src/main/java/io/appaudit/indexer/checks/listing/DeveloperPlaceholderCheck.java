package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.names.CompanyNames;

/** D4: no developer, or a placeholder in its place (空, 未知, 个人开发者 without a name…). */
public final class DeveloperPlaceholderCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.D4;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        String dev = listing.developer();
        if (dev == null || dev.isBlank()) {
            return Outcome.failed(Outcome.values("developer", "(none shown)"));
        }
        return CompanyNames.isPlaceholder(dev) ? Outcome.failed(Outcome.values("developer", dev)) : Outcome.passed();
    }
}
