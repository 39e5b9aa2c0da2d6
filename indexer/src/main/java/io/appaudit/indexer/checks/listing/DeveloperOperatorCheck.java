package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CompanyGroups;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CompanyGroups.Relation;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.names.CompanyNames;

/**
 * D1: the listing names a developer and an operator that are not one corporate group. Two names of one group
 * (a parent and its subsidiary) are a "related entity": informational, not a problem.
 */
public final class DeveloperOperatorCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.D1;
    }

    @Override
    public boolean mayBeInformational(AppQuarter app, CheckContext context) {
        return app.developerOperators().stream().anyMatch(p ->
                context.groups().relation(p.first(), p.second()).kind() == CompanyGroups.Kind.RELATED);
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        String dev = listing.developer();
        String op = listing.operator();
        if (CompanyNames.isPlaceholder(dev) || CompanyNames.isPlaceholder(op)) {
            return Outcome.unknown("developer or operator not named");
        }
        Relation r = context.groups().relation(dev, op);
        return switch (r.kind()) {
            case SAME -> Outcome.passed();
            case RELATED -> Outcome.informational(
                    Outcome.values("developer", dev, "operator", op, "relation", r.reason()), "related entity");
            case UNRELATED -> Outcome.failed(Outcome.values("developer", dev, "operator", op));
        };
    }
}
