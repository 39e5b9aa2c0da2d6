package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.ingest.ListingSink;

/**
 * Runs the listing checks on each listed snapshot before handing it on, so every stored listing carries its
 * outcomes ({@code checks_failed}, {@code flagged}…) and the fields found on it. A listing alone cannot know what
 * its store shows, so these outcomes are provisional; findings are written by {@code appaudit check}, which
 * measures what each store shows over the quarter and also runs the checks that need history or other stores.
 */
public final class CheckingSink implements ListingSink {

    private final ListingSink next;
    private final ListingChecks checks;

    public CheckingSink(ListingSink next, ListingChecks checks) {
        this.next = next;
        this.checks = checks;
    }

    @Override
    public void accept(ListingDocument snapshot) {
        next.accept(snapshot.outcome() == ListingOutcome.LISTED ? checks.apply(snapshot) : snapshot);
    }

    @Override
    public void flush() {
        next.flush();
    }

    @Override
    public void close() {
        next.close();
    }
}
