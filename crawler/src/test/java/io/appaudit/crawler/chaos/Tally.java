package io.appaudit.crawler.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Elasticsearch holds for a store's runs against what the store served: listing snapshots, one per run and
 * listing, none missing, none doubled.
 *
 * @param expected   run-and-listing pairs the store answered
 * @param indexed    distinct run-and-listing pairs among the snapshots
 * @param duplicates snapshots beyond one per run and listing
 * @param missing    listings the store served that no snapshot holds (any run)
 */
record Tally(long expected, long indexed, long duplicates, Set<String> missing) {

    /**
     * Listing snapshots ({@code outcome: listed}, list-only ones left out) against the listings each run was served.
     */
    static Tally of(List<JsonNode> snapshots, List<Set<String>> servedPerRun) {
        Set<String> pairs = new HashSet<>();
        Set<String> packages = new HashSet<>();
        long listed = 0;
        for (JsonNode d : snapshots) {
            // a listing built from its list item alone (its detail page could not be had) is no served listing
            if (!"listed".equals(d.path("outcome").asText()) || "list".equals(d.path("source").asText())) {
                continue;
            }
            listed++;
            pairs.add(d.path("run_id").asText() + "\u0000" + d.path("package").asText());
            packages.add(d.path("package").asText());
        }
        Set<String> missing = new TreeSet<>();
        servedPerRun.forEach(missing::addAll);
        missing.removeAll(packages);
        long expected = servedPerRun.stream().mapToLong(Set::size).sum();
        return new Tally(expected, pairs.size(), listed - pairs.size(), missing);
    }

    ChaosRow row(String fault, String outcome, long falseFindings) {
        return new ChaosRow(fault, outcome, expected, indexed, duplicates, falseFindings);
    }
}
