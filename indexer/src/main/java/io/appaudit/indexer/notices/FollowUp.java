package io.appaudit.indexer.notices;

import io.appaudit.indexer.notices.Sighting.Presence;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one named app stands in one store, read from its sightings (look-ups and crawls' snapshots) in time order:
 * still listed, removed (since the first sighting that saw it gone after its last listing), re-listed after a
 * removal, rectified (listed, and the notice's problem evaluated and no longer found), not found by search, or
 * unknown. Sightings that could not tell change nothing; a store that never answered is unknown, never "removed".
 *
 * @param since when the state began: the first sighting in it
 * @param removedAt for a removed or re-listed app, when it was seen gone
 * @param sinceBy who saw {@code since}: {@code crawl <run id>} or {@code look-up}
 * @param removedBy who saw {@code removedAt}
 */
public record FollowUp(State state, Optional<Instant> since, Optional<Instant> removedAt, Optional<Instant> lastSeen,
                       Optional<String> sinceBy, Optional<String> removedBy) {

    /** The states of a named app in one store. */
    public enum State {
        STILL_LISTED("still listed"),
        REMOVED("removed"),
        RELISTED("re-listed after removal"),
        RECTIFIED("rectified"),
        NEVER_LISTED("not listed"),
        NOT_FOUND_BY_SEARCH("not found by search"),
        UNKNOWN("unknown");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True when nothing further is expected: the app is gone, or rectified. */
        public boolean settled() {
            return this == REMOVED || this == RECTIFIED || this == NEVER_LISTED;
        }
    }

    public FollowUp {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(removedAt, "removedAt");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(sinceBy, "sinceBy");
        Objects.requireNonNull(removedBy, "removedBy");
    }

    /**
     * @param sightings look-ups' and crawls' sightings, in any order (they are put in time order here)
     * @param problem the check id the notice names, if any ("rectified" needs it evaluated and passed)
     */
    public static FollowUp of(List<Sighting> sightings, Optional<String> problem) {
        List<Sighting> known = sightings.stream().filter(s -> s.presence() != Presence.UNKNOWN)
                .sorted(Comparator.comparing(Sighting::at)).toList();
        if (known.isEmpty()) {
            return new FollowUp(State.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        Sighting last = known.get(known.size() - 1);
        int runStart = known.size() - 1;
        while (runStart > 0 && known.get(runStart - 1).presence() == last.presence()) {
            runStart--;
        }
        Sighting first = known.get(runStart);
        Optional<Instant> lastListed = known.stream().filter(s -> s.presence() == Presence.LISTED)
                .map(Sighting::at).reduce((a, b) -> b);
        return switch (last.presence()) {
            case LISTED -> listed(known, runStart, first, last, problem, lastListed);
            case GONE -> lastListed.isPresent()
                    ? new FollowUp(State.REMOVED, at(first), at(first), lastListed, by(first), by(first))
                    : new FollowUp(State.NEVER_LISTED, at(first), Optional.empty(), lastListed, by(first),
                    Optional.empty());
            case NOT_FOUND -> new FollowUp(State.NOT_FOUND_BY_SEARCH, at(first), Optional.empty(), lastListed,
                    by(first), Optional.empty());
            case UNKNOWN -> throw new IllegalStateException("unknown sightings are filtered out");
        };
    }

    private static FollowUp listed(List<Sighting> known, int runStart, Sighting first, Sighting last,
                                   Optional<String> problem, Optional<Instant> lastListed) {
        Optional<Sighting> goneBefore = Optional.empty();
        for (int i = runStart - 1; i >= 0 && known.get(i).presence() == Presence.GONE; i--) {
            goneBefore = Optional.of(known.get(i));
        }
        if (goneBefore.isPresent() && known.subList(0, runStart).stream()
                .anyMatch(s -> s.presence() == Presence.LISTED)) {
            Sighting gone = goneBefore.get();
            return new FollowUp(State.RELISTED, at(first), at(gone), lastListed, by(first), by(gone));
        }
        if (problem.isPresent() && last.checksPassed().contains(problem.get())) {
            Sighting fixed = first;
            for (Sighting s : known.subList(runStart, known.size())) {
                if (s.checksFailed().contains(problem.get())) {
                    fixed = null;
                } else if (fixed == null && s.checksPassed().contains(problem.get())) {
                    fixed = s;
                }
            }
            Sighting since = fixed == null ? last : fixed;
            return new FollowUp(State.RECTIFIED, at(since), Optional.empty(), lastListed, by(since),
                    Optional.empty());
        }
        return new FollowUp(State.STILL_LISTED, at(first), Optional.empty(), lastListed, by(first), Optional.empty());
    }

    private static Optional<Instant> at(Sighting s) {
        return Optional.of(s.at());
    }

    private static Optional<String> by(Sighting s) {
        return Optional.of(s.seenBy());
    }
}
