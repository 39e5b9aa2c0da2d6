package io.appaudit.crawler.demo;

import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole demo: each store's listings in discovery order, the planted problems and decoys, the user files the
 * checks read (notices, filing registry, corporate groups), and what each developer web page answers.
 *
 * @param reference the crawl date the planted outcomes are computed for (staleness counts from it)
 * @param sites     privacy-policy and website URLs → the status they answer (hosts in {@code deadHosts} aside)
 * @param deadHosts developer hosts that answer 404 to everything
 */
record DemoSet(LocalDate reference, Map<StoreId, List<DemoListing>> listings, List<Planted> planted,
               List<Notice> notices, List<Registration> registry, List<GroupMember> groups,
               Map<String, Integer> sites, List<String> deadHosts) {

    DemoSet {
        Map<StoreId, List<DemoListing>> copy = new EnumMap<>(StoreId.class);
        listings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        listings = Collections.unmodifiableMap(copy);
        planted = List.copyOf(planted);
        notices = List.copyOf(notices);
        registry = List.copyOf(registry);
        groups = List.copyOf(groups);
        sites = Collections.unmodifiableMap(new TreeMap<>(sites));
        deadHosts = List.copyOf(deadHosts);
    }

    /**
     * One row of PLANTED.md: what the audit must report for a store's listing of a package ({@code *}: every
     * listing of the store).
     *
     * @param outcome {@code problem}, {@code informational} (a related entity, not a problem), {@code none} (a decoy
     *                that must not fire) or {@code unknown} (the store never shows the field)
     */
    record Planted(String store, String pkg, String check, String outcome, String how) {
    }

    /** A row of the take-down notice file (Z5). */
    record Notice(StoreId store, String pkg, LocalDate deadline, String reference) {
    }

    /** A row of the filing registry export (D5). */
    record Registration(String filingNumber, String entity) {
    }

    /** A row of the corporate group file. */
    record GroupMember(String group, String company) {
    }
}
