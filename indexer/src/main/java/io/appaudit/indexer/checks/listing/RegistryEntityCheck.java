package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CompanyGroups;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CompanyGroups.Relation;
import io.appaudit.indexer.checks.FilingRegistry.Entry;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.names.CompanyNames;
import java.util.Optional;

/** D5: the developer is not the entity (or its group) the registry file gives for the listing's filing number. */
public final class RegistryEntityCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.D5;
    }

    /** A related registered entity, or a filing number found only in the listing's text (not aggregated). */
    @Override
    public boolean mayBeInformational(AppQuarter app, CheckContext context) {
        if (!context.registry().present()) {
            return false;
        }
        return app.filingDevelopers().isEmpty() || app.filingDevelopers().stream().anyMatch(p ->
                context.registry().lookup(p.first()).map(e -> context.groups().relation(p.second(), e.entity())
                        .kind() == CompanyGroups.Kind.RELATED).orElse(false));
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (!context.registry().present()) {
            return Outcome.unknown("no registry file (checks.registry-file)");
        }
        Optional<String> number = ListingText.filingNumber(listing);
        if (number.isEmpty()) {
            return Outcome.unknown("no filing number shown");
        }
        Optional<Entry> entry = context.registry().lookup(number.get());
        if (entry.isEmpty()) {
            return Outcome.unknown("filing number not in the registry file");
        }
        String dev = listing.developer();
        if (CompanyNames.isPlaceholder(dev)) {
            return Outcome.unknown("developer not named");
        }
        Relation r = context.groups().relation(dev, entry.get().entity());
        var values = Outcome.values("filing_number", number.get(), "developer", dev,
                "registered_entity", entry.get().entity(), "registry_file_line", Integer.toString(entry.get().line()));
        return switch (r.kind()) {
            case SAME -> Outcome.passed();
            case RELATED -> {
                values.put("relation", r.reason());
                yield Outcome.informational(values, "related entity");
            }
            case UNRELATED -> Outcome.failed(values);
        };
    }
}
