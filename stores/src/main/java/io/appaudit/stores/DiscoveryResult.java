package io.appaudit.stores;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one discovery page yielded: app references, the next requests to make (further pages), and, when the page
 * could not be read, the problem.
 *
 * @param totalApps the catalogue size the page announces, when it does (for progress estimates)
 */
public record DiscoveryResult(List<AppRef> apps, List<StoreRequest> next, Optional<ParseProblem> problem,
                              OptionalLong totalApps) {

    public DiscoveryResult {
        apps = List.copyOf(apps);
        next = List.copyOf(next);
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(totalApps, "totalApps");
    }

    public static DiscoveryResult of(List<AppRef> apps, List<StoreRequest> next) {
        return new DiscoveryResult(apps, next, Optional.empty(), OptionalLong.empty());
    }

    public static DiscoveryResult failed(ParseProblem problem) {
        return new DiscoveryResult(List.of(), List.of(), Optional.of(problem), OptionalLong.empty());
    }
}
