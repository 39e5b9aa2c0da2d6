package io.appaudit.stores.vivo;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids each keyword sweep has yielded so far: the guard against a search that keeps answering with the same
 * items whatever page is asked for. A sweep's pages arrive one after another (page n+1 is asked for only after page
 * n was read), so one set per sweep suffices; page 1 starts a sweep afresh and a finished sweep is forgotten.
 */
final class SweepMemory {

    private final ConcurrentHashMap<String, Set<String>> seen = new ConcurrentHashMap<>();

    /** Records a page's ids; true when at least one of them is new to the sweep. */
    boolean record(String sweep, int page, Collection<String> ids) {
        if (page <= 1) {
            seen.remove(sweep);
        }
        Set<String> ofSweep = seen.computeIfAbsent(sweep, k -> ConcurrentHashMap.newKeySet());
        boolean added = false;
        for (String id : ids) {
            added |= ofSweep.add(id);
        }
        return added;
    }

    /** Drops a finished sweep. */
    void forget(String sweep) {
        seen.remove(sweep);
    }

    /** How many sweeps are remembered (for tests: finished sweeps must not linger). */
    int size() {
        return seen.size();
    }
}
