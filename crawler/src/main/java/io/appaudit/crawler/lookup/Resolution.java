package io.appaudit.crawler.lookup;

import io.appaudit.stores.StoreId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an app named without its package was matched to one: the package (only at high or medium confidence), the
 * confidence, why, and every candidate the stores' searches showed, so that the match can be checked by a person.
 */
public record Resolution(String name, Optional<String> developer, Confidence confidence,
                         Optional<String> packageName, String explanation, List<Candidate> candidates) {

    /** How sure the match is. */
    public enum Confidence {
        /** One package's name is the name given and its developer the developer given. */
        HIGH,
        /** One package's name is the name given; no developer was given to confirm it. */
        MEDIUM,
        /** One package's name is the name given, but its developer is not the one given: not used. */
        LOW,
        /** Several packages fit equally: not used. */
        AMBIGUOUS,
        /** No search result has the name given (look-alikes only, or nothing). */
        NO_MATCH,
        /** No store could be searched, so nothing is known. */
        NOT_SEARCHED;

        /** True when the package is used for look-ups. */
        public boolean accepted() {
            return this == HIGH || this == MEDIUM;
        }
    }

    /**
     * One package a search showed.
     *
     * @param exactName       its name is the name given (after width, case and space are made uniform)
     * @param developer       the developer its listing shows, when its listing was read
     * @param developerMatch  whether that developer is the one given, when both are known
     */
    public record Candidate(String packageName, String shownName, StoreId foundIn, boolean exactName,
                            Optional<String> developer, Optional<Boolean> developerMatch) {
        public Candidate {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(shownName, "shownName");
            Objects.requireNonNull(foundIn, "foundIn");
            Objects.requireNonNull(developer, "developer");
            Objects.requireNonNull(developerMatch, "developerMatch");
        }
    }

    public Resolution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(developer, "developer");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(explanation, "explanation");
        candidates = List.copyOf(candidates);
        if (packageName.isPresent() != confidence.accepted()) {
            throw new IllegalArgumentException("A " + confidence + " match " + (confidence.accepted()
                    ? "needs its package" : "must not name a package to use"));
        }
    }
}
