package io.appaudit.crawler.validity;

import io.appaudit.stores.StoreId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generated stores: each store's listings, the problems planted (what the audit must report), the decoys (what
 * must not fire), and every developer page a listing links with the status it answers.
 */
record Catalogue(Map<StoreId, List<Shown>> listings, List<Planted> problems, List<Planted> decoys,
                 Map<String, Integer> pages) {

    Catalogue {
        Map<StoreId, List<Shown>> copy = new EnumMap<>(StoreId.class);
        listings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        listings = Map.copyOf(copy);
        problems = List.copyOf(problems);
        decoys = List.copyOf(decoys);
        pages = Map.copyOf(new TreeMap<>(pages));
        Set<Planted.Key> both = problems.stream().map(Planted::key).collect(Collectors.toSet());
        decoys.stream().filter(d -> both.contains(d.key())).findFirst().ifPresent(d -> {
            throw new IllegalArgumentException("planted both as a problem and as a decoy: " + d);
        });
    }

    Set<Planted.Key> truth() {
        return problems.stream().map(Planted::key).collect(Collectors.toSet());
    }

    /** Markdown: per check, the problems (and decoys) planted in each store, as {@code problems/decoys}. */
    String summary() {
        Map<String, Map<String, int[]>> m = new TreeMap<>();
        problems.forEach(p -> m.computeIfAbsent(p.check(), c -> new TreeMap<>())
                .computeIfAbsent(p.store(), s -> new int[2])[0]++);
        decoys.forEach(p -> m.computeIfAbsent(p.check(), c -> new TreeMap<>())
                .computeIfAbsent(p.store(), s -> new int[2])[1]++);
        StringBuilder s = new StringBuilder("| planted (problems/decoys) |");
        List<StoreId> stores = List.of(StoreId.values());
        stores.forEach(st -> s.append(' ').append(st.id()).append(" |"));
        s.append("\n|---|").append("---|".repeat(stores.size())).append('\n');
        m.forEach((check, byStore) -> {
            s.append("| ").append(check).append(" |");
            stores.forEach(st -> {
                int[] c = byStore.getOrDefault(st.id(), new int[2]);
                s.append(' ').append(c[0]).append('/').append(c[1]).append(" |");
            });
            s.append('\n');
        });
        return s.toString();
    }

    /** Packages of a store with at least one planted problem. */
    Set<String> flagged(StoreId store) {
        return problems.stream().filter(p -> p.store().equals(store.id())).map(Planted::pkg)
                .collect(Collectors.toSet());
    }
}
