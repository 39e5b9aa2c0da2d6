package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CheckRegistry;
import io.appaudit.indexer.checks.CrossListingCheck;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.stores.StoreId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which checks could be evaluated for an app (the rates' denominators): a listing check that passed or failed in
 * some snapshot, a history check whose links were probed, a cross-listing check with another store to compare with;
 * none on a disclosure its store does not show this quarter. Every registered check is judged by its kind.
 */
public final class CheckCoverage {

    private final CheckContext context;

    public CheckCoverage(CheckContext context) {
        this.context = context;
    }

    /** The cross-listing checks' outcomes of one package, per check and store. */
    public Map<CheckId, Map<StoreId, Outcome>> cross(PackageQuarter pkg) {
        Map<CheckId, Map<StoreId, Outcome>> cross = new EnumMap<>(CheckId.class);
        for (CrossListingCheck c : CheckRegistry.crossListing()) {
            cross.put(c.id(), c.evaluate(pkg, context));
        }
        return cross;
    }

    /** The checks that could be evaluated for one app of a package whose cross outcomes are given. */
    public Set<CheckId> evaluated(AppQuarter app, Map<CheckId, Map<StoreId, Outcome>> cross) {
        Set<CheckId> out = EnumSet.noneOf(CheckId.class);
        for (CheckId id : CheckId.values()) {
            if (evaluable(id, app, cross)) {
                out.add(id);
            }
        }
        return out;
    }

    private boolean evaluable(CheckId id, AppQuarter app, Map<CheckId, Map<StoreId, Outcome>> cross) {
        if (context.blocked(id, app.store())) {
            return false;
        }
        return switch (id.kind()) {
            case LISTING -> app.evaluated(id);
            case CROSS_LISTING -> cross.containsKey(id) && cross.get(id).containsKey(app.store())
                    && cross.get(id).get(app.store()).evaluated();
            case HISTORY -> CheckRegistry.history().stream().filter(h -> h.id() == id).findFirst()
                    .map(HistoryCheck::probeKinds).map(kinds -> app.probeKinds().stream().anyMatch(kinds::contains))
                    .orElse(false);
        };
    }
}
