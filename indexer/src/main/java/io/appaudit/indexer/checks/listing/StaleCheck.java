package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import java.time.Duration;
import java.util.List;

/** Z1: not updated for checks.stale-days or more at the time of the crawl. */
public final class StaleCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.Z1;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (listing.updatedAt() == null) {
            return Outcome.unknown("no update date shown");
        }
        long days = Math.max(0, Duration.between(listing.updatedAt().toInstant(), listing.timestamp()).toDays());
        if (days < context.config().staleDays()) {
            return Outcome.passed();
        }
        return Outcome.failed(Outcome.values("updated_at", listing.updatedAt().toString(),
                "crawled_at", listing.timestamp().toString(), "days_since_update", Long.toString(days),
                "bucket", bucket(days, context.config().staleBuckets())));
    }

    /** The largest configured bucket the age reaches: "≥ 1825 days". */
    static String bucket(long days, List<Integer> buckets) {
        int reached = buckets.stream().filter(b -> days >= b).max(Integer::compare).orElse(0);
        return reached == 0 ? "" : "≥ " + reached + " days";
    }
}
