package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;

/** Z2: target SDK below checks.min-target-sdk and still listed after checks.target-sdk-after. */
public final class TargetSdkCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.Z2;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (listing.targetSdk() == null) {
            return Outcome.unknown("no target SDK shown");
        }
        if (!ListingText.crawlDate(listing).isAfter(context.config().targetSdkAfter())
                || listing.targetSdk() >= context.config().minTargetSdk()) {
            return Outcome.passed();
        }
        return Outcome.failed(Outcome.values("target_sdk", listing.targetSdk().toString(),
                "minimum", Integer.toString(context.config().minTargetSdk()),
                "crawled_at", listing.timestamp().toString()));
    }
}
