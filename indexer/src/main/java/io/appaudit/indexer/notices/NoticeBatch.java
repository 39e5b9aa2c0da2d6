package io.appaudit.indexer.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A regulator's batch of named apps: its id, the day it was published, the deadline by which the apps must be
 * removed or rectified, and the apps as the notice names them.
 */
public record NoticeBatch(String id, LocalDate published, Instant deadline, String deadlineText, List<NamedApp> apps) {

    /** Batch ids name files and index values: letters, digits, '.', '_' and '-'. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * One app as the notice names it: by package and/or name, with the developer as published, and optionally the
     * audit check the notice's problem corresponds to (for "rectified").
     */
    public record NamedApp(Optional<String> packageName, Optional<String> name, Optional<String> developer,
                           Optional<String> problem, int line) {
        public NamedApp {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(developer, "developer");
            Objects.requireNonNull(problem, "problem");
            if (packageName.isEmpty() && name.isEmpty()) {
                throw new IllegalArgumentException("A named app needs its package or its name");
            }
        }

        /** How the notice names the app, for tables. */
        public String label() {
            return packageName.map(p -> name.map(n -> n + " (" + p + ")").orElse(p))
                    .orElseGet(() -> name.orElseThrow() + developer.map(d -> " / " + d).orElse(""));
        }
    }

    public NoticeBatch {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Batch id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(deadlineText, "deadlineText");
        apps = List.copyOf(apps);
        if (apps.isEmpty()) {
            throw new IllegalArgumentException("Batch " + id + " names no app");
        }
    }
}
