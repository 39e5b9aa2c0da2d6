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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One store's crawl of the replay, as the crawler drives an adapter: the session token when the store wants one,
 * the discovery seeds and every next page they lead to, then each app's listing requests, and the related apps a
 * listing names (Huawei's related-apps cards) the same way.
 *
 * @param results           every app's listing result, by store app id, in the order found
 * @param discoveryProblems what the discovery pages could not read
 */
record ReplayWalk(Map<String, ListingResult> results, List<ParseProblem> discoveryProblems, int discoveryRequests) {

    static ReplayWalk run(StoreAdapter adapter, DiscoveryOptions options, ReplayClient client)
            throws IOException, InterruptedException {
        RequestAuth auth = adapter.auth();
        Optional<String> token = Optional.empty();
        Optional<StoreRequest> tokenRequest = auth.tokenRequest();
        if (tokenRequest.isPresent()) {
            token = auth.readToken(client.fetch(tokenRequest.get()));
        }
        Deque<StoreRequest> pages = new ArrayDeque<>(adapter.discoverySeeds(options));
        Map<String, AppRef> refs = new LinkedHashMap<>();
        List<ParseProblem> problems = new ArrayList<>();
        int requests = 0;
        while (!pages.isEmpty()) {
            StoreRequest page = pages.poll();
            StoreResponse response = client.fetch(auth.authorize(page, token, Instant.now()));
            requests++;
            DiscoveryResult found = adapter.parseDiscovery(page, response, options);
            found.problem().ifPresent(problems::add);
            found.apps().forEach(a -> refs.putIfAbsent(a.storeAppId(), a));
            pages.addAll(found.next());
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
