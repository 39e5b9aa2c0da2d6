package io.appaudit.crawler.lookup;

import io.appaudit.stores.AppRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks every selected store about one package: the stores with a page per package first, directly; then the
 * stores that can only be searched, with the names those listings (and the caller) gave and the package itself,
 * taking only a result whose package is exactly the one asked for.
 */
final class PackageLookup {

    /** Searches per store and package: the current names, the name the caller knows, the package itself. */
    static final int MAX_QUERIES = 4;

    private final List<StoreAsker> askers;

    PackageLookup(List<StoreAsker> askers) {
        this.askers = List.copyOf(askers);
    }

    /**
     * One answer per store, in the askers' order.
     *
     * @param knownNames names the app is known by (a notice's, or a resolved search match's); tried after the names
     *                   the stores with a page per package show now, so that a renamed app is still found
     */
    List<StoreAnswer> lookUp(String packageName, List<String> knownNames) {
        StoreAnswer[] answers = new StoreAnswer[askers.size()];
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < askers.size(); i++) {
            StoreAsker a = askers.get(i);
            Optional<AppRef> direct = a.lookup().byPackage(packageName);
            if (direct.isPresent()) {
                answers[i] = a.listing(direct.get(), packageName);
                answers[i].name().ifPresent(names::add);
            }
        }
        knownNames.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
        List<String> queries = new ArrayList<>(names);
        queries.add(packageName);
        for (int i = 0; i < askers.size(); i++) {
            if (answers[i] == null) {
                answers[i] = bySearch(askers.get(i), packageName,
                        queries.stream().distinct().limit(MAX_QUERIES).toList());
            }
        }
        return List.of(answers);
    }

    private static StoreAnswer bySearch(StoreAsker a, String packageName, List<String> queries) {
        Optional<String> unavailable = a.lookup().searchUnavailable();
        if (unavailable.isPresent()) {
            return StoreAnswer.without(a.store(), packageName, LookupStatus.UNKNOWN, unavailable.get(), List.of(),
                    Optional.empty());
        }
        List<String> made = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Optional<String> lastEvidence = Optional.empty();
        for (String q : queries) {
            Optional<SearchReply> reply = a.search(q);
            if (reply.isEmpty()) {
                continue;
            }
            made.add(q);
            SearchReply r = reply.get();
            if (r.failure().isPresent()) {
                failures.add("'" + q + "': " + r.failure().get());
                continue;
            }
            lastEvidence = r.evidence();
            Optional<AppRef> match = r.exact(packageName);
            if (match.isPresent()) {
                return a.listing(match.get(), packageName).withQueries(made);
            }
        }
        if (failures.size() == made.size()) {
            return StoreAnswer.without(a.store(), packageName, LookupStatus.UNKNOWN, made.isEmpty()
                    ? "no search could be made" : "every search failed: " + String.join("; ", failures), made,
                    Optional.empty());
        }
        String reason = "searched for " + String.join(", ", made.stream().map(q -> "'" + q + "'").toList())
                + ": no result has this package"
                + (failures.isEmpty() ? "" : " (failed: " + String.join("; ", failures) + ")");
        return StoreAnswer.without(a.store(), packageName, LookupStatus.NOT_FOUND_BY_SEARCH, reason, made,
                lastEvidence);
    }
}
