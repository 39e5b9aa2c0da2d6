package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.crawler.fetch.EvidenceWriteException;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.StoreBackoffException;
import io.appaudit.crawler.probe.Prober;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a fetched frontier page: the adapter reads it; a discovery page queues its apps and, as the one
 * paging policy ({@link ListPaging}) judges, its next page, and counts in its list's saturation tally; a listing page gets its supplements fetched, becomes a snapshot with
 * its evidence (and probes), and queues its related apps. Snapshots go to the durable sink with the page's done
 * mark.
 */
final class PageHandler {

    private static final Logger log = LoggerFactory.getLogger(PageHandler.class);

    /** Limits of one store's run: max-apps (0 for none), max-discovery-pages over all lists, max-pages per list. */
    record Limits(int maxApps, int maxDiscoveryPages, int maxPages) {
    }

    private final StoreAdapter adapter;
    private final DiscoveryOptions options;
    private final String runId;
    private final Limits limits;
    private final WorkQueue queue;
    private final StoreFetcher fetcher;
    private final Optional<Prober> prober;
    private final DurableSink sink;
    private final CrawlState state;
    private final CrawlCounters counters;
    private final BlockWatch blocks;
    private final Consumer<String> stop;
    private final AtomicBoolean capWarned = new AtomicBoolean();
    private final ListPaging paging;
    private final ChannelBook channels;

    PageHandler(StoreAdapter adapter, DiscoveryOptions options, String runId, Limits limits, WorkQueue queue,
                StoreFetcher fetcher, Optional<Prober> prober, DurableSink sink, CrawlState state,
                CrawlCounters counters, BlockWatch blocks, Consumer<String> stop) {
        this.adapter = adapter;
        this.options = options;
        this.runId = runId;
        this.limits = limits;
        this.queue = queue;
        this.fetcher = fetcher;
        this.prober = prober;
        this.sink = sink;
        this.state = state;
        this.counters = counters;
        this.blocks = blocks;
        this.stop = stop;
        this.paging = new ListPaging(limits.maxPages());
        this.channels = new ChannelBook(state);
    }

    /**
     * Handles a page. A page not fetched, or whose evidence could not be written, is not marked done in the crawl
     * state: a resumed run queues it again.
     */
    void handle(PageOutcome outcome) {
        try {
            if (outcome instanceof PageOutcome.Fetched f) {
                if (f.item().kind() == WorkItem.Kind.DISCOVERY) {
                    discovery(f.key(), f.item(), f.exchange());
                } else {
                    listing(f.key(), f.item(), f.exchange());
                }
                return;
            }
            if (outcome instanceof PageOutcome.Failed f) {
                counters.increment(Count.ERRORS);
                log.warn("{}: could not fetch {}: {}", adapter.store(), f.item().request().url(),
                        ConnectionFailure.of(f.error(), StoreFetcher.host(f.item().request().url()))
                                .map(ConnectionFailure::reason).orElseGet(() -> f.error().toString()));
                if (f.error() instanceof StoreBackoffException) {
                    stop.accept("backed off: " + f.error().getMessage());
                } else if (f.error() instanceof EvidenceWriteException) {
                    stop.accept(f.error().getMessage());
                } else if (f.item().kind() == WorkItem.Kind.LISTING && ConnectionFailure.of(f.error(),
                        StoreFetcher.host(f.item().request().url())).isEmpty()) {
                    // the store answered but the detail page could not be had after retries: the list item keeps
                    // the app covered (a store that cannot be reached keeps its pages for the resumed run)
                    listOnly(f.key(), f.item());
                }
                return;
            }
            if (outcome instanceof PageOutcome.Unknown u) {
                counters.increment(Count.ERRORS);
                log.error("{}: crawler4j's queue handed out {}, which the crawl state does not know", adapter.store(),
                        u.key());
            }
        } catch (ElasticException e) {
            // the page is pending in the crawl state: a resumed run sends its snapshots again
            stop.accept(e.getMessage());
        }
    }

    /** Queues the apps' listings, as far as the run's max-apps allows; apps queued before are queued again. */
    synchronized void enqueueApps(List<AppRef> apps) {
        List<WorkItem> batch = new ArrayList<>();
        long taken = counters.get(Count.APPS_QUEUED);
        for (AppRef app : apps) {
            Optional<WorkItem> item = listingItem(app);
            if (item.isEmpty()) {
                continue;
            }
            if (queue.isKnown(item.get())) {
                batch.add(item.get());
            } else if (limits.maxApps() == 0 || taken < limits.maxApps()) {
                batch.add(item.get());
                taken++;
            }
        }
        counters.add(Count.APPS_QUEUED, queue.addAll(batch));
    }

    /**
     * Queues discovery pages up to the store's discovery page cap; pages queued before are queued again. Returns
     * false when the cap left one out.
     */
    synchronized boolean enqueueDiscovery(List<WorkItem> items) {
        List<WorkItem> batch = new ArrayList<>();
        long taken = counters.get(Count.DISCOVERY_QUEUED);
        boolean all = true;
        for (WorkItem item : items) {
            if (queue.isKnown(item)) {
                batch.add(item);
                continue;
            } else if (taken < limits.maxDiscoveryPages()) {
                batch.add(item);
                taken++;
                continue;
            }
            all = false;
            if (capWarned.compareAndSet(false, true)) {
                log.warn("{}: reached stores.{}.max-discovery-pages ({}): no further list pages are queued in this "
                        + "run (first left out: {})", adapter.store(), adapter.store().id(), limits.maxDiscoveryPages(),
                        item.request().url());
            }
        }
        counters.add(Count.DISCOVERY_QUEUED, queue.addAll(batch));
        return all;
    }

    /**
     * Handles a page again whose snapshots a crashed run handed to the sink without seeing them confirmed: its
     * responses are read back from the WARC, so nothing is fetched again.
     */
    void replay(String key) {
        Optional<WorkItem> item = state.work(key);
        if (item.isEmpty()) {
            return;
        }
        try {
            handle(new PageOutcome.Fetched(key, item.get(), fetcher.fetch(item.get().request())));
        } catch (IOException e) {
            log.warn("{}: cannot handle {} again: {}", adapter.store(), item.get().request().url(), e.getMessage());
        }
    }

    /**
     * Records a held page's "not listed" answer now that the store's detail endpoint was judged healthy: its
     * responses are read back from the WARC and parsed again (adapters are pure), nothing is counted again.
     *
     * @return false when the page could not be read again (it stays held for a resumed run)
     */
    boolean release(String key) {
        Optional<WorkItem> item = state.work(key).filter(i -> i.app().isPresent());
        if (item.isEmpty()) {
            return false;
        }
        AppRef app = item.get().app().orElseThrow();
        try {
            List<StoreRequest> requests = adapter.listingRequests(app);
            Exchange primary = fetcher.fetch(item.get().request());
            List<StoreResponse> responses = new ArrayList<>();
            responses.add(primary.response());
            for (StoreRequest supplement : requests.subList(Math.min(1, requests.size()), requests.size())) {
                try {
                    responses.add(fetcher.fetch(supplement).response());
                } catch (IOException e) {
                    log.debug("{}: supplement {} failed: {}", adapter.store(), supplement.url(), e.getMessage());
                }
            }
            if (!(adapter.parseListing(app, responses) instanceof ListingResult.NotListed nl)) {
                log.warn("{}: {} no longer reads as not listed: not recorded", adapter.store(), primary.response().url());
                return true;
            }
            var at = primary.response().fetchedAt();
            Optional<EvidenceRef> evidence = primary.evidence().map(WarcLocation::toRef);
            List<DurableSink.NotListedMark> marks = app.packageName()
                    .map(p -> List.of(new DurableSink.NotListedMark(adapter.store().id(), p, at))).orElse(List.of());
            sink.emit(key, List.of(ListingDocuments.snapshot(nl, runId, at, evidence, primary.notModified())), marks);
            return true;
        } catch (IOException e) {
            log.warn("{}: cannot read {} again: {}", adapter.store(), item.get().request().url(), e.getMessage());
            return false;
        }
    }

    /**
     * Indexes the app of a page whose detail answer cannot be had (or is withheld) as a list-only listing built from
     * its list item; returns false when its list item is not known (nothing is indexed).
     */
    boolean listOnly(String key) {
        return state.work(key).filter(i -> i.kind() == WorkItem.Kind.LISTING).map(i -> listOnly(key, i))
                .orElse(false);
    }

    private boolean listOnly(String key, WorkItem item) {
        Optional<ListingDocument> doc = item.app().flatMap(app -> ListOnlyListing.of(app, runId));
        if (doc.isEmpty()) {
            return false;
        }
        counters.increment(Count.LIST_ONLY);
        sink.emit(key, List.of(doc.get()), List.of());
        return true;
    }

    /** The page's apps with the list page they were read on, for a list-only listing should their details fail. */
    private static List<AppRef> seenOn(List<AppRef> apps, WorkItem page, Exchange ex) {
        return apps.stream().map(a -> a.item().map(i -> a.withItem(i.seenOn(page.request().url(),
                ex.response().fetchedAt(), ex.evidence().map(WarcLocation::toRef)))).orElse(a)).toList();
    }

    private Optional<WorkItem> listingItem(AppRef app) {
        if (app.store() != adapter.store()) {
            return Optional.empty();
        }
        try {
            List<StoreRequest> requests = adapter.listingRequests(app);
            return requests.isEmpty() ? Optional.empty() : Optional.of(WorkItem.listing(requests.get(0), app));
        } catch (IllegalArgumentException e) {
            log.debug("{}: no listing request for {}: {}", adapter.store(), app, e.getMessage());
            return Optional.empty();
        }
    }

    /** True when the run's max-apps is reached, or will be once {@code coming} more apps are queued. */
    private boolean appsFull(long coming) {
        return limits.maxApps() > 0 && counters.get(Count.APPS_QUEUED) + coming >= limits.maxApps();
    }

    private void discovery(String key, WorkItem item, Exchange ex) {
        counters.increment(Count.PAGES);
        counters.increment(Count.DISCOVERY_PAGES);
        DiscoveryResult r = adapter.parseDiscovery(item.request(), ex.response(), options);
        List<ListingDocument> docs = new ArrayList<>();
        watch(ex.response(), r.problem());
        r.problem().ifPresent(p -> docs.add(problem(p, ex, AnswerTally.Endpoint.LIST)));
        if (item.depth() == 0) {
            r.totalApps().ifPresent(t -> counters.add(Count.ANNOUNCED_TOTAL, t));
        }
        // the one paging policy: the chain's apps live in the crawl state, so a resumed run judges the same way
        int fresh = state.chainApps(item.chain(), r.apps().stream().map(AppRef::storeAppId).toList());
        long newToRun = r.apps().stream().map(this::listingItem).flatMap(Optional::stream)
                .filter(i -> !queue.isKnown(i)).count();
        boolean appsFull = appsFull(newToRun);
        // an id range is asked to its end (its size is bounded where it is configured): an id without an app says
        // nothing about the next one, so neither "nothing new" nor max-pages applies to it
        boolean sweep = r.channel().filter(c -> c.kind() == DiscoveryChannel.Kind.ID_RANGE).isPresent();
        ListPaging.Verdict verdict = sweep ? paging.sweep(r.nextPage().isPresent())
                : paging.judge(item.depth(), fresh, r.nextPage().isPresent());
        ChannelTally.Stop stopped = ChannelBook.stopOf(r, verdict, appsFull);
        if (verdict == ListPaging.Verdict.NOTHING_NEW) {
            log.warn("{}: {} (page {} of its list) repeats apps the list gave before: not following the list further",
                    adapter.store(), item.request().url(), item.depth() + 1);
        } else if (verdict == ListPaging.Verdict.MAX_PAGES) {
            log.warn("{}: {} is page {} of its list, the most stores.{}.max-pages allows: not following the list "
                    + "further, though it may go on", adapter.store(), item.request().url(), item.depth() + 1,
                    adapter.store().id());
        }
        // queued before the page's apps, so that the walk keeps a page ahead of the listings it feeds
        if (stopped == ChannelTally.Stop.WALKING && !enqueueDiscovery(List.of(
                WorkItem.discovery(r.nextPage().orElseThrow(), item.chain(), item.depth() + 1)))) {
            stopped = ChannelTally.Stop.PAGE_CAP;
        }
        if (!appsFull && (fresh > 0 || item.depth() == 0)) {
            // further lists a page names (a category index) are walks of their own
            enqueueDiscovery(r.lists().stream()
                    .map(list -> WorkItem.discovery(list, FrontierKeys.digest(list), 0)).toList());
        }
        channels.record(item, r, fresh, stopped);
        enqueueApps(seenOn(r.apps(), item, ex));
        sink.emit(key, docs, List.of());
    }

    private void listing(String key, WorkItem item, Exchange primary) {
        AppRef app = item.app().orElseThrow();
        List<StoreResponse> responses = new ArrayList<>();
        responses.add(primary.response());
        boolean unchanged = primary.notModified();
        List<StoreRequest> requests = adapter.listingRequests(app);
        for (StoreRequest supplement : requests.subList(Math.min(1, requests.size()), requests.size())) {
            try {
                Exchange s = fetcher.fetch(supplement);
                responses.add(s.response());
                unchanged &= s.notModified();
            } catch (EvidenceWriteException e) {
                // without its evidence the page cannot be read as a whole: it is left for a resumed run
                counters.increment(Count.ERRORS);
                stop.accept(e.getMessage());
                return;
            } catch (IOException e) {
                // a supplement that could not be fetched is simply absent: the adapter copes
                log.debug("{}: supplement {} failed: {}", adapter.store(), supplement.url(), e.getMessage());
                unchanged = false;
            }
        }
        counters.increment(Count.PAGES);
        ListingResult result = adapter.parseListing(app, responses);
        Optional<EvidenceRef> evidence = primary.evidence().map(WarcLocation::toRef);
        var at = primary.response().fetchedAt();
        ListingDocument doc;
        if (result instanceof ListingResult.Listed listed) {
            blocks.answered();
            Listing listing = evidence.map(listed.listing()::withEvidence).orElse(listed.listing());
            counters.increment(Count.LISTINGS);
            if (unchanged) {
                counters.increment(Count.UNCHANGED);
            }
            doc = ListingDocuments.snapshot(new ListingResult.Listed(listing), runId, at, evidence, unchanged);
            if (prober.isPresent()) {
                Prober.Report report = prober.get().probe(adapter, listing, Optional.of(doc.snapshotId()));
                counters.add(Count.PROBES, report.probes().size());
                report.probes().forEach(pr -> counters.answers().add(AnswerTally.Endpoint.PROBE,
                        pr.status() == null ? AnswerTally.AnswerClass.TRANSPORT
                                : AnswerTally.AnswerClass.of(pr.status())));
                counters.add(Count.REQUESTS, report.requests());
                doc = doc.withProbes(report.probes());
            }
            enqueueApps(listing.related());
        } else if (result instanceof ListingResult.NotListed) {
            watch(primary.response(), Optional.empty());
            // held back until the run ends: a store whose detail endpoint is gone answers "not listed" for every
            // app, which must not be recorded as removals (EndpointJudge decides, StoreCrawl records or withholds)
            counters.increment(Count.NOT_LISTED_HELD);
            sink.hold(key);
            return;
        } else {
            ParseProblem p = ((ListingResult.Problem) result).problem();
            watch(primary.response(), Optional.of(p));
            doc = problem(p, primary, AnswerTally.Endpoint.DETAIL);
            if (primary.response().status() >= 500) {
                // a server error after the retries: counted as above, and the list item keeps the app covered
                Optional<ListingDocument> listOnly = ListOnlyListing.of(app, runId);
                if (listOnly.isPresent()) {
                    counters.increment(Count.LIST_ONLY);
                    doc = listOnly.get();
                }
            }
        }
        sink.emit(key, List.of(doc), List.of());
    }

    private ListingDocument problem(ParseProblem p, Exchange ex, AnswerTally.Endpoint endpoint) {
        counters.increment(Count.PARSE_PROBLEMS);
        counters.answers().add(endpoint, AnswerTally.AnswerClass.PARSE_PROBLEM);
        if (p.kind() == ParseProblem.Kind.DRIFT || p.kind() == ParseProblem.Kind.UNEXPECTED_FORMAT) {
            counters.increment(Count.ADAPTER_PROBLEMS);
        }
        return ListingDocuments.snapshot(new ListingResult.Problem(p), runId, ex.response().fetchedAt(),
                ex.evidence().map(WarcLocation::toRef), ex.notModified());
    }

    /** Feeds the block watch: 403s, 429s and captcha pages in a row stop the store. */
    private void watch(StoreResponse response, Optional<ParseProblem> problem) {
        boolean forbidden = response.status() == 403;
        boolean captcha = problem.filter(p -> p.kind() == ParseProblem.Kind.BLOCKED).isPresent();
        if (forbidden || captcha || response.status() == 429) {
            counters.increment(Count.BLOCKED_RESPONSES);
        }
        if (forbidden || captcha) {
            blocks.refused(forbidden);
        } else {
            blocks.answered();
        }
    }
}
