package io.appaudit.indexer.notices;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one look-up saw of one named app in one store: present or not, and the listing checks' outcome.
 *
 * @param checksFailed checks the listing failed (empty without a listing)
 * @param checksPassed checks the listing passed: a check in neither list was not evaluated
 */
public record Sighting(Instant at, Presence presence, List<String> checksFailed, List<String> checksPassed) {

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

    public Sighting {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(presence, "presence");
        checksFailed = List.copyOf(checksFailed);
        checksPassed = List.copyOf(checksPassed);
    }
}
