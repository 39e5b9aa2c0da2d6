package io.appaudit.crawler.lookup;

import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one store about one app through the crawl's fetch stack (politeness, retries, the address guard, WARC
 * evidence): a listing fetched and read by the store's adapter, checked and indexed like a crawl's, or a search read
 * by the adapter's discovery reader. Every outcome is a value; nothing here turns a failure into "not listed".
 */
final class StoreAsker {

    private static final Logger log = LoggerFactory.getLogger(StoreAsker.class);
    /** One page of results: a search for an app's name or package ranks the app itself first. */
    private static final DiscoveryOptions ONE_PAGE = new DiscoveryOptions(List.of(), List.of(), 20);

    private final StoreAdapter adapter;
    private final StoreLookup lookup;
    private final FetchClient client;
    private final ListingChecks checks;
    private final ElasticListingSink sink;
    private final String runId;

    StoreAsker(StoreAdapter adapter, StoreLookup lookup, FetchClient client, ListingChecks checks,
               ElasticListingSink sink, String runId) {
        this.adapter = adapter;
        this.lookup = lookup;
        this.client = client;
        this.checks = checks;
        this.sink = sink;
        this.runId = runId;
    }

    StoreId store() {
        return adapter.store();
    }

    StoreLookup lookup() {
        return lookup;
    }

    /** Fetches and reads the listing {@code ref} points to, indexes it, and answers for {@code packageName}. */
    StoreAnswer listing(AppRef ref, String packageName) {
        List<StoreRequest> requests;
        try {
            requests = adapter.listingRequests(ref);
        } catch (IllegalArgumentException e) {
            return unknown(packageName, "no listing request for '" + ref.storeAppId() + "': " + e.getMessage(),
                    Optional.empty());
        }
        Exchange primary;
        try {
            primary = client.execute(context(requests.get(0)));
        } catch (IOException e) {
            return unknown(packageName, "the store did not answer: " + failure(e, requests.get(0)), Optional.empty());
        }
        List<StoreResponse> responses = new ArrayList<>(List.of(primary.response()));
        for (StoreRequest supplement : requests.subList(1, requests.size())) {
            try {
                responses.add(client.execute(context(supplement)).response());
            } catch (IOException e) {
                // as in a crawl: a supplement that could not be fetched is simply absent, the adapter copes
                log.debug("{}: supplement {} failed: {}", store(), supplement.url(), e.getMessage());
            }
        }
        ListingResult result = adapter.parseListing(ref, responses);
        Optional<String> evidence = primary.evidence().map(WarcLocation::recordId);
        ListingDocument doc = ListingDocuments.snapshot(evidence.isPresent() && result instanceof ListingResult.Listed l
                        ? new ListingResult.Listed(l.listing().withEvidence(primary.evidence().get().toRef())) : result,
                runId, primary.response().fetchedAt(), primary.evidence().map(WarcLocation::toRef), false)
                .outsideQuarters();
        if (result instanceof ListingResult.Listed listed) {
            doc = checks.apply(doc);
            sink.accept(doc);
            return answer(listed.listing(), packageName, doc, evidence);
        }
        sink.accept(doc);
        if (result instanceof ListingResult.NotListed nl) {
            sink.markNotListed(store().id(), packageName, primary.response().fetchedAt());
            return StoreAnswer.without(store(), packageName, LookupStatus.NOT_LISTED, "the store says: " + nl.reason(),
                    List.of(), evidence);
        }
        var p = ((ListingResult.Problem) result).problem();
        return unknown(packageName, "the reply could not be read (" + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + p.message(), evidence);
    }

    /** One search for a keyword; empty when this store cannot search (see {@link StoreLookup#searchUnavailable()}). */
    Optional<SearchReply> search(String keyword) {
        Optional<StoreRequest> request = lookup.search(keyword);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Exchange ex;
        try {
            ex = client.execute(context(request.get()));
        } catch (IOException e) {
            return Optional.of(SearchReply.failed(keyword, "the search did not answer: " + failure(e, request.get()),
                    Optional.empty()));
        }
        Optional<String> evidence = ex.evidence().map(WarcLocation::recordId);
        DiscoveryResult r = adapter.parseDiscovery(request.get(), ex.response(), ONE_PAGE);
        if (r.problem().isPresent()) {
            // a search that answers with nothing at all is read as a problem by some adapters: only an empty
            // result list the store sent as such counts as "no result"
            return Optional.of(SearchReply.failed(keyword, "the search reply could not be read: "
                    + r.problem().get().message(), evidence));
        }
        return Optional.of(new SearchReply(keyword, r.apps(), Optional.empty(), evidence));
    }

    private StoreAnswer answer(Listing l, String packageName, ListingDocument doc, Optional<String> evidence) {
        if (!l.packageName().equals(packageName)) {
            return unknown(packageName, "the listing found is of another package (" + l.packageName() + ")",
                    evidence);
        }
        return new StoreAnswer(store(), packageName, LookupStatus.LISTED, "", Optional.of(l.storeAppId()), l.name(),
                l.developer(), l.versionName(), l.updatedAt(), list(doc.checksFailed()), list(doc.checksUnknown()),
                list(doc.checksPassed()), List.of(), evidence);
    }

    private StoreAnswer unknown(String packageName, String why, Optional<String> evidence) {
        return StoreAnswer.without(store(), packageName, LookupStatus.UNKNOWN, why, List.of(), evidence);
    }

    private CallContext context(StoreRequest request) {
        return CallContext.store(request, client.config().maxBodySize(), Optional.empty());
    }

    /** The failure in words, with the host asked: the message of the first cause that has one. */
    private static String failure(IOException e, StoreRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage() + " (" + java.net.URI.create(request.url()).getHost() + ")";
            }
        }
        return "no answer from " + java.net.URI.create(request.url()).getHost();
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }
}
