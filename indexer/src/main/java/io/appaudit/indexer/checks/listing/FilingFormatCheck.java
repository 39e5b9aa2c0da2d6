package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import java.util.Optional;

/** R2: the filing number shown does not have the form checks.filing-pattern gives. */
public final class FilingFormatCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.R2;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        Optional<String> number = ListingText.filingNumber(listing);
        if (number.isEmpty()) {
            return Outcome.unknown("no filing number shown (R1 reports that)");
        }
        if (context.config().filingPattern().matcher(number.get()).matches()) {
            return Outcome.passed();
        }
        return Outcome.failed(Outcome.values("filing_number", number.get(),
                "expected", context.config().filingPattern().pattern()));
    }
}
