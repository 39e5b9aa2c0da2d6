package io.appaudit.indexer.checks.cross;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CrossListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * D2: the same package is listed under unrelated developers in different stores. Developers are grouped by the
 * corporate-group rule; the stores naming a group other than the one most stores name are flagged (all of them
 * when there is no such majority). Different names of one group are a related entity: informational.
 */
public final class DeveloperConsistencyCheck implements CrossListingCheck {

    @Override
    public CheckId id() {
        return CheckId.D2;
    }

    @Override
    public Map<StoreId, Outcome> evaluate(PackageQuarter pkg, CheckContext context) {
        Map<StoreId, Set<String>> developers = new EnumMap<>(StoreId.class);
        for (AppQuarter a : pkg.apps()) {
            if (!a.developerCores().isEmpty() && !context.blocked(id(), a.store())) {
                developers.put(a.store(), a.developerCores());
            }
        }
        Map<StoreId, Outcome> out = new EnumMap<>(StoreId.class);
        pkg.apps().forEach(a -> out.put(a.store(), Outcome.unknown("no other store names this package's developer")));
        if (developers.size() < 2) {
            return out;
        }
        Map<String, String> groupOf = groups(developers, context);
        Map<StoreId, Set<String>> groupsByStore = new EnumMap<>(StoreId.class);
        developers.forEach((s, cores) -> groupsByStore.put(s,
                cores.stream().map(groupOf::get).collect(Collectors.toSet())));
        long groupCount = groupsByStore.values().stream().flatMap(Set::stream).distinct().count();
        boolean oneName = developers.values().stream().flatMap(Set::stream).distinct().count() == 1;
        Set<StoreId> outliers = Majority.outliers(groupsByStore);
        Map<String, String> values = Outcome.values("developers", Majority.describe(developers),
                "groups", Long.toString(groupCount));
        for (StoreId s : developers.keySet()) {
            if (outliers.contains(s)) {
                out.put(s, Outcome.failed(values));
            } else if (groupCount > 1 || oneName) {
                out.put(s, Outcome.passed());
            } else {
                out.put(s, Outcome.informational(values, "related entity"));
            }
        }
        return out;
    }

    /** Each distinct developer core mapped to the first core (in sorted order) of its corporate group. */
    private static Map<String, String> groups(Map<StoreId, Set<String>> developers, CheckContext context) {
        List<String> cores = developers.values().stream().flatMap(Set::stream).distinct().sorted().toList();
        List<String> representatives = new ArrayList<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (String c : cores) {
            String r = representatives.stream().filter(x -> context.groups().oneGroup(x, c)).findFirst().orElse(c);
            if (r.equals(c)) {
                representatives.add(c);
            }
            groupOf.put(c, r);
        }
        return groupOf;
    }
}
