package io.appaudit.crawler.crawl;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of a run's work: a discovery page, or the listing of one app (its primary request; supplements follow
 * from the adapter). The crawl state keeps it under its {@link FrontierKeys key}, the URL crawler4j's queue holds.
 *
 * @param chain the discovery chain a page belongs to (its first page's key), for the no-new-apps guard
 * @param depth the page's position in its chain, 0 for the first
 */
public record WorkItem(Kind kind, StoreRequest request, Optional<AppRef> app, String chain, int depth) {

    /** What the page is read as. */
    public enum Kind { DISCOVERY, LISTING }

    public WorkItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(chain, "chain");
        if (kind == Kind.LISTING && app.isEmpty()) {
            throw new IllegalArgumentException("A listing work item needs its app: " + request);
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, was " + depth);
        }
    }

    public static WorkItem discovery(StoreRequest request, String chain, int depth) {
        return new WorkItem(Kind.DISCOVERY, request, Optional.empty(), chain, depth);
    }

    public static WorkItem listing(StoreRequest request, AppRef app) {
        return new WorkItem(Kind.LISTING, request, Optional.of(app), "", 0);
    }
}
