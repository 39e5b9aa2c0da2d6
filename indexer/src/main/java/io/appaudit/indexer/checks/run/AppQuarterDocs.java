package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.stores.StoreId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the app-quarter documents of a batch of packages from the scan's summaries and the quarter's findings of
 * those packages (as a check run just found them, or as stored): the same findings and coverage the rates count.
 */
public final class AppQuarterDocs {

    private final CheckCoverage coverage;
    private final Quarter quarter;

    public AppQuarterDocs(CheckContext context, Quarter quarter) {
        this.coverage = new CheckCoverage(context);
        this.quarter = quarter;
    }

    public List<AppQuarterDocument> of(List<PackageQuarter> packages, Collection<FindingDocument> findings) {
        return of(packages, findings, cross(packages));
    }

    /** The cross-listing checks' outcomes of each package, per check and store (by package name). */
    Map<String, Map<CheckId, Map<StoreId, Outcome>>> cross(List<PackageQuarter> packages) {
        Map<String, Map<CheckId, Map<StoreId, Outcome>>> out = new HashMap<>();
        for (PackageQuarter pkg : packages) {
            out.put(pkg.packageName(), coverage.cross(pkg));
        }
        return out;
    }

    /** The documents, with the packages' cross-listing outcomes as {@link #cross} gave them. */
    List<AppQuarterDocument> of(List<PackageQuarter> packages, Collection<FindingDocument> findings,
                                Map<String, Map<CheckId, Map<StoreId, Outcome>>> crossByPackage) {
        Map<String, List<FindingDocument>> byApp = new HashMap<>();
        for (FindingDocument f : findings) {
            byApp.computeIfAbsent(f.store() + "\u0000" + f.packageName(), k -> new ArrayList<>()).add(f);
        }
        List<AppQuarterDocument> out = new ArrayList<>();
        for (PackageQuarter pkg : packages) {
            Map<CheckId, Map<StoreId, Outcome>> cross = crossByPackage.get(pkg.packageName());
            for (AppQuarter app : pkg.apps()) {
                out.add(document(app, coverage.evaluated(app, cross),
                        byApp.getOrDefault(app.store().id() + "\u0000" + app.packageName(), List.of())));
            }
        }
        return out;
    }

    private AppQuarterDocument document(AppQuarter app, Set<CheckId> evaluable, List<FindingDocument> findings) {
        Set<String> failed = new LinkedHashSet<>();
        Set<String> informational = new LinkedHashSet<>();
        Set<String> fresh = new LinkedHashSet<>();
        Set<String> persisting = new LinkedHashSet<>();
        Set<String> rectified = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (FindingDocument f : findings) {
            if (f.status() == FindingStatus.RECTIFIED) {
                rectified.add(f.checkId());
            } else if (Boolean.TRUE.equals(f.informational())) {
                informational.add(f.checkId());
            } else {
                failed.add(f.checkId());
                families.add(f.family());
                (f.status() == FindingStatus.NEW ? fresh : persisting).add(f.checkId());
            }
        }
        List<String> evaluated = evaluable.stream().map(Enum::name).toList();
        List<String> passed = evaluated.stream().filter(c -> !failed.contains(c) && !informational.contains(c))
                .toList();
        List<String> unknown = Arrays.stream(CheckId.values()).map(Enum::name)
                .filter(c -> !evaluated.contains(c) && !failed.contains(c) && !informational.contains(c)).toList();
        double share = BigDecimal.valueOf(evaluated.size()).divide(BigDecimal.valueOf(CheckId.values().length), 6,
                RoundingMode.HALF_UP).doubleValue();
        return new AppQuarterDocument(app.lastSeen(), app.store().id(), app.packageName(), quarter.toString(), true,
                app.snapshots(), app.firstSeen(), app.lastSeen(),
                app.maxDaysSinceUpdate().isPresent() ? app.maxDaysSinceUpdate().getAsInt() : null,
                List.copyOf(failed), passed, unknown, List.copyOf(informational), evaluated, List.copyOf(fresh),
                List.copyOf(persisting), List.copyOf(rectified), List.copyOf(families), !failed.isEmpty(),
                failed.size(), share, app.latest());
    }
}
