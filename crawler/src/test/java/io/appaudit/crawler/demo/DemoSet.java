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
     * @param status  for a problem, its status against the previous quarter's replay: {@code new} (this quarter
     *                only), {@code persisting} (both) or {@code rectified} (the previous quarter only: a finding of
     *                this quarter that is not a problem); empty for the other outcomes
     */
    record Planted(String store, String pkg, String check, String outcome, String status, String how) {

        static final String NEW = "new";
        static final String PERSISTING = "persisting";
        static final String RECTIFIED = "rectified";

        Planted {
            if (outcome.equals(Plants.PROBLEM) != !status.isEmpty()) {
                throw new IllegalArgumentException("A problem, and only a problem, has a status: " + outcome + " "
                        + status + " " + store + " " + pkg + " " + check);
            }
        }

        /** A problem of this quarter (new or persisting), not one rectified since the previous quarter. */
        boolean problemNow() {
            return status.equals(NEW) || status.equals(PERSISTING);
        }

        /** A problem of the previous quarter (persisting or rectified). */
        boolean problemBefore() {
            return status.equals(PERSISTING) || status.equals(RECTIFIED);
        }
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
