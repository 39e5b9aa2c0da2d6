package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;

/** R1: the listing shows no APP filing number, although every listing must since checks.filing-required-after. */
public final class FilingMissingCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.R1;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (ListingText.crawlDate(listing).isBefore(context.config().filingRequiredAfter())) {
            return Outcome.passed();
        }
        if (ListingText.filingNumber(listing).isPresent()) {
            return Outcome.passed();
        }
        return Outcome.failed(Outcome.values("searched", "filing_number, short_description, description, name",
                "crawled_at", listing.timestamp().toString(),
                "required_after", context.config().filingRequiredAfter().toString()));
    }
}
