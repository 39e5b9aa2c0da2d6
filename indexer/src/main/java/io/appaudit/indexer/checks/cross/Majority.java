package io.appaudit.indexer.checks.cross;

import io.appaudit.stores.StoreId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which stores disagree with the rest. The value most stores show is presumed right, and the stores showing
 * anything else are the outliers; when no value is shown by strictly more stores than any other, every store is
 * an outlier (there is no telling which is right).
 */
final class Majority {

    private Majority() {
    }

    /** The stores to flag; empty when all stores show one value. */
    static Set<StoreId> outliers(Map<StoreId, Set<String>> valuesByStore) {
        Set<String> all = valuesByStore.values().stream().flatMap(Collection::stream).collect(Collectors.toSet());
        if (all.size() <= 1) {
            return Set.of();
        }
        Map<String, Integer> stores = new HashMap<>();
        valuesByStore.values().forEach(vs -> vs.forEach(v -> stores.merge(v, 1, Integer::sum)));
        int top = stores.values().stream().max(Integer::compare).orElse(0);
        var leaders = stores.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        if (leaders.size() != 1) {
            return Set.copyOf(valuesByStore.keySet());
        }
        String majority = leaders.get(0);
        return valuesByStore.entrySet().stream().filter(e -> !e.getValue().equals(Set.of(majority)))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** "huawei: a; xiaomi: b, c" — the values per store, stores in their fixed order. */
    static String describe(Map<StoreId, Set<String>> valuesByStore) {
        return valuesByStore.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().id() + ": " + e.getValue().stream().sorted().collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
