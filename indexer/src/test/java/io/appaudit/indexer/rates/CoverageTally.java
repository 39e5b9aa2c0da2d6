package io.appaudit.indexer.rates;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CheckRegistry;
import io.appaudit.indexer.checks.CrossListingCheck;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.checks.run.QuarterScan;
import io.appaudit.stores.StoreId;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts, per store, the audited apps of a quarter and how many of them each check could evaluate: a listing check
 * that passed or failed in some snapshot, a history check whose links were probed, a cross-listing check with
 * another store to compare with. Holds counters only, whatever the number of apps.
 */
final class CoverageTally implements Consumer<QuarterScan.Batch> {

    private final CheckContext context;
    final Map<StoreId, Long> audited = new EnumMap<>(StoreId.class);
    final Map<StoreId, Map<CheckId, Long>> evaluated = new EnumMap<>(StoreId.class);
    final Map<StoreId, Map<Integer, Long>> stale = new EnumMap<>(StoreId.class);

    CoverageTally(CheckContext context) {
        this.context = context;
    }

    @Override
    public void accept(QuarterScan.Batch batch) {
        for (PackageQuarter pkg : batch.packages()) {
            Map<CheckId, Map<StoreId, Outcome>> cross = new EnumMap<>(CheckId.class);
            for (CrossListingCheck c : CheckRegistry.crossListing()) {
                cross.put(c.id(), c.evaluate(pkg, context));
            }
            for (AppQuarter app : pkg.apps()) {
                StoreId s = app.store();
                audited.merge(s, 1L, Long::sum);
                Map<CheckId, Long> counts = evaluated.computeIfAbsent(s, k -> new EnumMap<>(CheckId.class));
                for (CheckId id : CheckId.values()) {
                    if (evaluable(id, app, cross)) {
                        counts.merge(id, 1L, Long::sum);
                    }
                }
                app.maxDaysSinceUpdate().ifPresent(days -> context.config().staleBuckets().forEach(b -> {
                    if (days >= b) {
                        stale.computeIfAbsent(s, k -> new TreeMap<>()).merge(b, 1L, Long::sum);
                    }
                }));
            }
        }
    }

    private boolean evaluable(CheckId id, AppQuarter app, Map<CheckId, Map<StoreId, Outcome>> cross) {
        if (context.blocked(id, app.store())) {
            return false;
        }
        return switch (id.kind()) {
            case LISTING -> app.evaluated(id);
            case CROSS_LISTING -> cross.get(id).get(app.store()).evaluated();
            case HISTORY -> CheckRegistry.history().stream().filter(h -> h.id() == id).findFirst()
                    .map(HistoryCheck::probeKinds).map(kinds -> app.probeKinds().stream().anyMatch(kinds::contains))
                    .orElse(false);
        };
    }
}
