package io.appaudit.crawler.lookup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One app asked about: by its package, or by its name (and developer) through a resolution; the stores' answers
 * when there is a package to ask about.
 *
 * @param asked what the user named: the package, or the name (with the developer after " / ")
 */
public record LookupEntry(String asked, Optional<Resolution> resolution, Optional<String> packageName,
                          List<StoreAnswer> answers) {

    public LookupEntry {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(packageName, "packageName");
        answers = List.copyOf(answers);
        if (packageName.isEmpty() && !answers.isEmpty()) {
            throw new IllegalArgumentException("Store answers need the package they are about");
        }
    }
}
