package io.appaudit.crawler.lookup;

import io.appaudit.stores.kit.PackageName;
import java.util.Objects;
import java.util.Optional;

/**
 * One app to look up as the user named it: by package, or by name with the developer when known (a package with a
 * name too is looked up by package, the name helping the stores that can only be searched).
 */
public record LookupRequest(Optional<String> packageName, Optional<String> name, Optional<String> developer) {

    public LookupRequest {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(developer, "developer");
        if (packageName.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("An app to look up needs its package or its name");
        }
        packageName.ifPresent(p -> {
            if (!isPackageName(p)) {
                throw new IllegalArgumentException("'" + p + "' is not an Android package name");
            }
        });
    }

    /** A command-line word: a package when it is shaped like one, else an app's name. */
    public static LookupRequest of(String word) {
        String w = word.strip();
        return isPackageName(w) ? new LookupRequest(Optional.of(w), Optional.empty(), Optional.empty())
                : new LookupRequest(Optional.empty(), Optional.of(w).filter(s -> !s.isEmpty()), Optional.empty());
    }

    /** What the user named, for the table's heading. */
    public String asked() {
        return packageName.orElseGet(() -> name.orElseThrow() + developer.map(d -> " / " + d).orElse(""));
    }

    static boolean isPackageName(String s) {
        return PackageName.isValid(s);
    }
}
