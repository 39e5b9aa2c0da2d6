package io.appaudit.stores;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one discovery page yielded, as facts of that page alone (adapters keep no state between pages): the app
 * references it lists, the request for the next page of the same list when the store says there is one, the further
 * lists it names (a category index), the list it belongs to, and, when the page could not be read, the problem.
 * Whether the next page is worth fetching (does the list still bring new apps, is it within the page bound) is the
 * crawler's decision, not the adapter's.
 *
 * @param next      the next page of this list: empty, or one request; empty means the list ended
 * @param lists     first pages of further lists the page names (not continuations of this one)
 * @param channel   the list this page belongs to, when the page could be placed
 * @param totalApps the catalogue size the page announces, when it does (for progress estimates)
 */
public record DiscoveryResult(List<AppRef> apps, List<StoreRequest> next, List<StoreRequest> lists,
                              Optional<DiscoveryChannel> channel, Optional<ParseProblem> problem,
                              OptionalLong totalApps) {

    public DiscoveryResult {
        apps = List.copyOf(apps);
        next = List.copyOf(next);
        lists = List.copyOf(lists);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(totalApps, "totalApps");
        if (next.size() > 1) {
            throw new IllegalArgumentException("A list page has at most one next page, got " + next.size()
                    + "; further lists go to lists");
        }
    }

    /** One page of a list: its apps and, unless the list ended, the request for its next page. */
    public static DiscoveryResult page(DiscoveryChannel channel, List<AppRef> apps, Optional<StoreRequest> next,
                                       OptionalLong totalApps) {
        return new DiscoveryResult(apps, next.stream().toList(), List.of(), Optional.of(channel), Optional.empty(),
                totalApps);
    }

    /** One page of a list that announces no catalogue size. */
    public static DiscoveryResult page(DiscoveryChannel channel, List<AppRef> apps, Optional<StoreRequest> next) {
        return page(channel, apps, next, OptionalLong.empty());
    }

    /** A page that lists no apps but names further lists to walk (a category index). */
    public static DiscoveryResult index(DiscoveryChannel channel, List<StoreRequest> lists) {
        return new DiscoveryResult(List.of(), List.of(), lists, Optional.of(channel), Optional.empty(),
                OptionalLong.empty());
    }

    public static DiscoveryResult failed(ParseProblem problem) {
        return new DiscoveryResult(List.of(), List.of(), List.of(), Optional.empty(), Optional.of(problem),
                OptionalLong.empty());
    }

    /** True when the page was read and the store says its list has no further page. */
    public boolean ended() {
        return problem.isEmpty() && next.isEmpty();
    }

    /** The next page of this list, when the store says there is one. */
    public Optional<StoreRequest> nextPage() {
        return next.stream().findFirst();
    }
}
