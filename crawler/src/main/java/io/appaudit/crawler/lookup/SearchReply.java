package io.appaudit.crawler.lookup;

import io.appaudit.stores.AppRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one search of one store returned: the apps it listed (with the package and name the results show), or why
 * the reply could not be read.
 *
 * @param failure  why there are no results to judge (a transport failure, an HTTP error, a reply that did not parse)
 * @param evidence the WARC record id of the reply
 */
record SearchReply(String query, List<AppRef> apps, Optional<String> failure, Optional<String> evidence) {

    SearchReply {
        Objects.requireNonNull(query, "query");
        apps = List.copyOf(apps);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(evidence, "evidence");
    }

    static SearchReply failed(String query, String why, Optional<String> evidence) {
        return new SearchReply(query, List.of(), Optional.of(why), evidence);
    }

    /** The result whose package is exactly the one wanted (never a look-alike). */
    Optional<AppRef> exact(String packageName) {
        return apps.stream().filter(a -> a.packageName().filter(packageName::equals).isPresent()).findFirst();
    }
}
