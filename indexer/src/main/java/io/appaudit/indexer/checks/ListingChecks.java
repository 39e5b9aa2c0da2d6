package io.appaudit.indexer.checks;

import io.appaudit.indexer.checks.listing.FieldsFound;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the listing checks on one snapshot. A store that does not show what a check needs (as measured for the
 * quarter) makes that check "unknown" without asking it; so does a snapshot that is not a listing of a known store.
 * Before the quarter is measured (as listings are crawled) every store is taken to show every field. A list-only
 * listing (built from a list item, its detail page not had) is asked only the checks whose every needed field the
 * list showed; the others are unknown.
 */
public final class ListingChecks {

    private final List<ListingCheck> checks;
    private final CheckContext context;

    public ListingChecks(List<ListingCheck> checks, CheckContext context) {
        this.checks = List.copyOf(checks);
        this.context = context;
    }

    /** The registry's listing checks. */
    public static ListingChecks of(CheckContext context) {
        return new ListingChecks(CheckRegistry.listing(), context);
    }

    /** Reads the configured user files and returns the registry's listing checks over them. */
    public static ListingChecks load(CheckConfig config) {
        return of(CheckContext.load(config));
    }

    public CheckContext context() {
        return context;
    }

    /** The same checks judged with a quarter's measured shares. */
    public ListingChecks withShown(ShownFields shown) {
        return new ListingChecks(checks, context.withShown(shown));
    }

    /** Every listing check's outcome, in registry order. */
    public Map<CheckId, Outcome> evaluate(ListingDocument snapshot) {
        Map<CheckId, Outcome> out = new LinkedHashMap<>();
        for (ListingCheck c : checks) {
            out.put(c.id(), evaluate(c, snapshot));
        }
        return out;
    }

    /** One check's outcome, or unknown when the check is not registered here. */
    public Outcome evaluate(CheckId id, ListingDocument snapshot) {
        return checks.stream().filter(c -> c.id() == id).findFirst().map(c -> evaluate(c, snapshot))
                .orElse(Outcome.unknown(id + " is not a listing check"));
    }

    private Outcome evaluate(ListingCheck c, ListingDocument snapshot) {
        Optional<StoreId> store = store(snapshot);
        if (store.isEmpty() || snapshot.outcome() != ListingOutcome.LISTED || snapshot.packageName() == null
                || snapshot.timestamp() == null) {
            return Outcome.unknown("not a listing of a known store");
        }
        if (snapshot.listOnly() && (c.id().needs().isEmpty()
                || !c.id().needs().stream().allMatch(f -> FieldsFound.found(f, snapshot)))) {
            // built from a list item alone: what the list does not show is unknown, never a failure
            return Outcome.unknown("list-only listing: its detail page could not be had and the list does not "
                    + "show what " + c.id() + " needs");
        }
        if (context.blocked(c.id(), store.get())) {
            return Outcome.unknown(context.blockedNote(c.id(), store.get()));
        }
        return c.evaluate(snapshot, context);
    }

    /**
     * The snapshot with the outcomes recorded (checks_failed, checks_unknown, checks_passed, families_failed) and the
     * fields found on it. {@code flagged} is set only by a failed check that reads no store disclosure: whether the
     * others are problems depends on what the store shows over the quarter, which {@code appaudit check} measures.
     */
    public ListingDocument apply(ListingDocument snapshot) {
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        Set<String> families = new TreeSet<>();
        evaluate(snapshot).forEach((id, o) -> {
            switch (o.status()) {
                case FAILED -> {
                    failed.add(id.name());
                    families.add(id.family().name());
                }
                case UNKNOWN -> unknown.add(id.name());
                case PASSED, INFORMATIONAL -> passed.add(id.name());
            }
        });
        boolean flagged = failed.stream().anyMatch(id -> CheckId.valueOf(id).needs().isEmpty());
        List<String> found = FieldsFound.of(snapshot).stream().map(ShownFields::name).toList();
        return snapshot.withChecks(failed, unknown, passed, List.copyOf(families), found, flagged);
    }

    private static Optional<StoreId> store(ListingDocument d) {
        return StoreId.find(d.store());
    }
}
