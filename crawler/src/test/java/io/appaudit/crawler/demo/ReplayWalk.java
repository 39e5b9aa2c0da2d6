package io.appaudit.crawler.demo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One store's crawl of the replay, as the crawler drives an adapter: the session token when the store wants one,
 * the discovery seeds and every next page they lead to, then each app's listing requests, and the related apps a
 * listing names (Huawei's related-apps cards) the same way.
 *
 * @param results           every app's listing result, by store app id, in the order found
 * @param discoveryProblems what the discovery pages could not read
 */
record ReplayWalk(Map<String, ListingResult> results, List<ParseProblem> discoveryProblems, int discoveryRequests) {

    private static final int MAX_PAGES = 200;

    /** A discovery page to fetch, with what its list gave before it. */
    private record Page(StoreRequest request, Set<String> seen, int depth) {
    }

    static ReplayWalk run(StoreAdapter adapter, DiscoveryOptions options, ReplayClient client)
            throws IOException, InterruptedException {
        RequestAuth auth = adapter.auth();
        Optional<String> token = Optional.empty();
        Optional<StoreRequest> tokenRequest = auth.tokenRequest();
        if (tokenRequest.isPresent()) {
            token = auth.readToken(client.fetch(tokenRequest.get()));
        }
        // each list is followed as the crawler's paging policy does: while a page brings apps the list had not given
        Deque<Page> pages = new ArrayDeque<>();
        adapter.discoverySeeds(options).forEach(seed -> pages.add(new Page(seed, new HashSet<>(), 0)));
        Map<String, AppRef> refs = new LinkedHashMap<>();
        List<ParseProblem> problems = new ArrayList<>();
        int requests = 0;
        while (!pages.isEmpty()) {
            Page page = pages.poll();
            StoreResponse response = client.fetch(auth.authorize(page.request(), token, Instant.now()));
            requests++;
            DiscoveryResult found = adapter.parseDiscovery(page.request(), response, options);
            found.problem().ifPresent(problems::add);
            found.apps().forEach(a -> refs.putIfAbsent(a.storeAppId(), a));
            boolean fresh = false;
            for (AppRef a : found.apps()) {
                fresh |= page.seen().add(a.storeAppId());
            }
            if ((fresh || page.depth() == 0) && page.depth() + 1 < MAX_PAGES) {
                found.nextPage().ifPresent(n -> pages.add(new Page(n, page.seen(), page.depth() + 1)));
            }
            found.lists().forEach(l -> pages.add(new Page(l, new HashSet<>(), 0)));
        }
        Map<String, ListingResult> results = new LinkedHashMap<>();
        Deque<AppRef> apps = new ArrayDeque<>(refs.values());
        while (!apps.isEmpty()) {
            AppRef app = apps.poll();
            if (results.containsKey(app.storeAppId())) {
                continue;
            }
            List<StoreResponse> responses = new ArrayList<>();
            for (StoreRequest r : adapter.listingRequests(app)) {
                responses.add(client.fetch(auth.authorize(r, token, Instant.now())));
            }
            ListingResult result = adapter.parseListing(app, responses);
            results.put(app.storeAppId(), result);
            if (result instanceof ListingResult.Listed listed) {
                listed.listing().related().stream().filter(r -> !results.containsKey(r.storeAppId()))
                        .forEach(apps::add);
            }
        }
        return new ReplayWalk(results, problems, requests);
    }
}
