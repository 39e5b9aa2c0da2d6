package io.appaudit.indexer.notices;

import io.appaudit.indexer.notices.Sighting.Presence;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one named app stands in one store, read from its sightings in time order: still listed, removed (since the
 * first look-up that saw it gone after its last listing), re-listed after a removal, rectified (listed, and the
 * notice's problem evaluated and no longer found), not found by search, or unknown. Look-ups that could not tell
 * change nothing; a store that never answered is unknown, never "removed".
 *
 * @param since when the state began: the first sighting in it
 * @param removedAt for a re-listed app, when it was seen gone
 */
public record FollowUp(State state, Optional<Instant> since, Optional<Instant> removedAt, Optional<Instant> lastSeen) {

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
    }

    /**
     * @param problem the check id the notice names, if any ("rectified" needs it evaluated and passed)
     */
    public static FollowUp of(List<Sighting> sightings, Optional<String> problem) {
        List<Sighting> known = sightings.stream().filter(s -> s.presence() != Presence.UNKNOWN)
                .sorted(Comparator.comparing(Sighting::at)).toList();
        if (known.isEmpty()) {
            return new FollowUp(State.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Sighting last = known.get(known.size() - 1);
        int runStart = known.size() - 1;
        while (runStart > 0 && known.get(runStart - 1).presence() == last.presence()) {
            runStart--;
        }
        Instant since = known.get(runStart).at();
        Optional<Instant> lastListed = known.stream().filter(s -> s.presence() == Presence.LISTED)
                .map(Sighting::at).reduce((a, b) -> b);
        return switch (last.presence()) {
            case LISTED -> listed(known, runStart, since, last, problem, lastListed);
            case GONE -> new FollowUp(lastListed.isPresent() ? State.REMOVED : State.NEVER_LISTED, Optional.of(since),
                    Optional.of(since), lastListed);
            case NOT_FOUND -> new FollowUp(State.NOT_FOUND_BY_SEARCH, Optional.of(since), Optional.empty(), lastListed);
            case UNKNOWN -> throw new IllegalStateException("unknown sightings are filtered out");
        };
    }

    private static FollowUp listed(List<Sighting> known, int runStart, Instant since, Sighting last,
                                   Optional<String> problem, Optional<Instant> lastListed) {
        Optional<Instant> goneBefore = Optional.empty();
        for (int i = runStart - 1; i >= 0 && known.get(i).presence() == Presence.GONE; i--) {
            goneBefore = Optional.of(known.get(i).at());
        }
        if (goneBefore.isPresent() && known.subList(0, runStart).stream()
                .anyMatch(s -> s.presence() == Presence.LISTED)) {
            return new FollowUp(State.RELISTED, Optional.of(since), goneBefore, lastListed);
        }
        if (problem.isPresent() && last.checksPassed().contains(problem.get())) {
            Instant fixed = since;
            for (Sighting s : known.subList(runStart, known.size())) {
                if (s.checksFailed().contains(problem.get())) {
                    fixed = null;
                } else if (fixed == null && s.checksPassed().contains(problem.get())) {
                    fixed = s.at();
                }
            }
            return new FollowUp(State.RECTIFIED, Optional.ofNullable(fixed).or(() -> Optional.of(last.at())),
                    Optional.empty(), lastListed);
        }
        return new FollowUp(State.STILL_LISTED, Optional.of(since), Optional.empty(), lastListed);
    }
}
