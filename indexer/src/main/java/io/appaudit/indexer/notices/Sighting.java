package io.appaudit.indexer.notices;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one look-up or one crawl saw of one named app in one store: present or not, and the listing checks' outcome.
 *
 * @param checksFailed checks the listing failed (empty without a listing)
 * @param checksPassed checks the listing passed: a check in neither list was not evaluated
 * @param crawlRun the run id of the crawl whose snapshot this is; empty for a {@code notice status} look-up
 */
public record Sighting(Instant at, Presence presence, List<String> checksFailed, List<String> checksPassed,
                       Optional<String> crawlRun) {

    /** The look-up's status, as far as presence goes. */
    public enum Presence {
        /** The store shows the listing. */
        LISTED,
        /** The store said it has no such app. */
        GONE,
        /** The store's search did not return the package. */
        NOT_FOUND,
        /** The store could not tell. */
        UNKNOWN
    }

    /** What the look-ups of {@code notice status} saw are named so on the report and in the JSON. */
    public static final String LOOKUP = "look-up";

    public Sighting {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(presence, "presence");
        checksFailed = List.copyOf(checksFailed);
        checksPassed = List.copyOf(checksPassed);
        Objects.requireNonNull(crawlRun, "crawlRun");
    }

    /** A sighting of a {@code notice status} look-up. */
    public Sighting(Instant at, Presence presence, List<String> checksFailed, List<String> checksPassed) {
        this(at, presence, checksFailed, checksPassed, Optional.empty());
    }

    /** Who saw it: {@code crawl <run id>}, or {@code look-up}. */
    public String seenBy() {
        return crawlRun.map(r -> "crawl " + r).orElse(LOOKUP);
    }
}
