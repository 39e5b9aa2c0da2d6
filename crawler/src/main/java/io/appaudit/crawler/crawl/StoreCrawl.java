package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import io.appaudit.crawler.config.CrawlHealthConfig;
import io.appaudit.crawler.config.StoreCrawlConfig;
import io.appaudit.crawler.evidence.DataFolderException;
import io.appaudit.crawler.evidence.SpaceGuard;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.probe.ProbeMemory;
import io.appaudit.crawler.probe.Prober;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.indexer.runs.RunIds;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's crawl run, driven by a crawler4j controller of its own (threads, URL queue and robots.txt; its queue is
 * scratch, see {@link FrontierFolder}) with the crawler's fetcher and the store's adapter plugged in. The crawl state
 * is the run's record: an unfinished run is resumed from it unless told otherwise; a finished one clears it.
 */
public final class StoreCrawl {

    private static final Logger log = LoggerFactory.getLogger(StoreCrawl.class);
    /**
     * How often the sink is flushed and the pages it confirmed forgotten: after a crash, the pages of at most this
     * long are handled again (from their WARC captures). Pages wait while a flush runs, so not too often either.
     */
    private static final long CHECKPOINT_SECONDS = 10;

    private final StoreAdapter adapter;
    private final StoreCrawlConfig config;
    private final Path folder;
    private final FrontierFolder frontier;
    private final FetchClient client;
    private final WarcArchive archive;
    private final SpaceGuard space;
    private final ElasticSession es;
    private final UnaryOperator<ListingSink> decorator;
    private final CrawlOptions options;
    private final ProbeMemory probeMemory;
    private final CrawlHealthConfig health;
    private final CrawlCounters counters = new CrawlCounters();
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private volatile CrawlController controller;
    private volatile ReachWatch reach;
    /** Judges the store's endpoints; knows the last healthy run's share of 404/410 once the run has started. */
    private volatile EndpointJudge endpoints;
    private volatile String runId = "";
    /** The apps of the documents Elasticsearch did not take, read when the crawl ends. */
    private volatile List<String> indexFailedApps = List.of();

    private record Stop(CrawlRunOutcome outcome, String reason) {
    }

    /**
     * @param space  the data folder's free-space floor, checked before the run starts and before each capture
     * @param health when the store is given up as unreachable, and when its run is healthy
     */
    public StoreCrawl(StoreAdapter adapter, StoreCrawlConfig config, Path crawlRoot, FetchClient client,
                      WarcArchive archive, SpaceGuard space, ElasticSession es, UnaryOperator<ListingSink> decorator,
                      CrawlOptions options, CrawlHealthConfig health) {
        this(adapter, config, crawlRoot, client, archive, space, es, decorator, options, health,
                new ProbeMemory(client));
    }

    /** @param probeMemory the links followed and robots.txt read by the run's probes, shared by its stores */
    public StoreCrawl(StoreAdapter adapter, StoreCrawlConfig config, Path crawlRoot, FetchClient client,
                      WarcArchive archive, SpaceGuard space, ElasticSession es, UnaryOperator<ListingSink> decorator,
                      CrawlOptions options, CrawlHealthConfig health, ProbeMemory probeMemory) {
        this.probeMemory = probeMemory;
        this.adapter = adapter;
        this.config = config;
        this.folder = crawlRoot.resolve(adapter.store().id());
        this.frontier = new FrontierFolder(folder, config, client.config(), space.minFree());
        this.client = client;
        this.archive = archive;
        this.space = space;
        this.es = es;
        this.decorator = decorator;
        this.options = options;
        this.health = health;
        this.endpoints = new EndpointJudge(health, OptionalDouble.empty());
    }

    /** What each discovery list gave in the run; empty until the crawl has run. */
    private volatile List<ChannelTally> channels = List.of();

    public StoreId store() {
        return adapter.store();
    }

    public CrawlCounters counters() {
        return counters;
    }

    public String runId() {
        return runId;
    }

    /** What the progress line must say while the run goes on: the detail endpoint looks gone. */
    public Optional<String> endpointWarning() {
        return endpoints.detailGone(counters.answers()).map(r -> "detail endpoint gone? "
                + counters.answers().get(AnswerTally.Endpoint.DETAIL, AnswerTally.AnswerClass.GONE) + " of "
                + counters.answers().requests(AnswerTally.Endpoint.DETAIL) + " answer 404/410");
    }

    /** The most apps this run queues; 0 for no limit. */
    public int maxApps() {
        return options.maxApps().orElse(config.maxApps());
    }

    /** Stops the store's crawl (the run stays resumable); the first reason given is kept. */
    public void stop(CrawlRunOutcome outcome, String reason) {
        if (stop.compareAndSet(null, new Stop(outcome, reason))) {
            log.warn("{}: stopping: {}", store(), reason);
            CrawlController c = controller;
            if (c != null) {
                c.shutdown();
            }
        }
    }

    public StoreOutcome run() {
        Instant started = Instant.now();
        channels = List.of();
        try {
            space.requireWritable();
        } catch (DataFolderException e) {
            log.error("{}: {}", store(), e.getMessage());
            return outcome(newRunId(started), started, CrawlRunOutcome.FAILED, Optional.of(e.getMessage()), 0, false);
        }
        try (CrawlState state = CrawlState.open(folder)) {
            Optional<CrawlState.Run> unfinished = state.run();
            boolean resumed = unfinished.isPresent() && options.mode() == CrawlOptions.Mode.RESUME;
            if (!resumed) {
                unfinished.ifPresent(r -> log.info("{}: discarding unfinished run {} (--fresh)", store(), r.id()));
                state.startRun(new CrawlState.Run(newRunId(started), started));
            }
            CrawlState.Run run = state.run().orElseThrow();
            runId = run.id();
            counters.load(state.counters());
            log.info("{}: {} run {}", store(), resumed ? "resuming" : "starting", run.id());
            long indexFailures = crawl(state, run);
            // read before a finished run is cleared: what each discovery list gave
            channels = state.channels();
            Stop s = stop.get();
            if (s == null) {
                state.clearRun();
            }
            return outcome(run.id(), run.started(), s == null ? CrawlRunOutcome.COMPLETED : s.outcome(),
                    Optional.ofNullable(s).map(Stop::reason), indexFailures, resumed);
        } catch (RuntimeException e) {
            log.error("{}: the crawl failed", store(), e);
            return outcome(runId.isEmpty() ? newRunId(started) : runId, started, CrawlRunOutcome.FAILED,
                    Optional.of(String.valueOf(e.getMessage())), 0, false);
        }
    }

    private StoreOutcome outcome(String id, Instant started, CrawlRunOutcome outcome, Optional<String> reason,
                                 long indexFailures, boolean resumed) {
        List<String> failedApps = indexFailures > 0 ? indexFailedApps : List.of();
        return new StoreOutcome(store(), id, started, Instant.now(), outcome, reason, counters,
                StoreHealth.judge(outcome, reason, counters, health.maxErrorShare(),
                        Optional.ofNullable(reach).flatMap(ReachWatch::neverReached), indexFailures, failedApps,
                        endpoints),
                indexFailures, failedApps, resumed, channels);
    }

    /**
     * Opens crawler4j's controller over its scratch folder, runs the crawl, then closes the controller and deletes
     * the folder whatever the outcome; returns the snapshots Elasticsearch refused.
     */
    private long crawl(CrawlState state, CrawlState.Run run) {
        CrawlConfig c4j = frontier.crawlerConfig();
        endpoints = new EndpointJudge(health, new LastHealthyRun(es).detailGoneShare(store()));
        ReachWatch reach = new ReachWatch(health.unreachableAfter(), reason -> stop(CrawlRunOutcome.FAILED, reason));
        this.reach = reach;
        StoreFetcher fetcher = new StoreFetcher(client, archive, state, counters, reach);
        FrontierFetcher pageFetcher = new FrontierFetcher(c4j, store(), state, fetcher, client, counters,
                () -> stop.get() != null, reach);
        FrontierFolder.Controller c = frontier.open(c4j, pageFetcher);
        controller = c;
        try {
            return crawlWith(c, state, run, fetcher, pageFetcher);
        } finally {
            controller = null;
            frontier.close(c);
        }
    }

    /** Queues the run's work and runs the controller to its end; returns the snapshots Elasticsearch refused. */
    private long crawlWith(CrawlController c, CrawlState state, CrawlState.Run run, StoreFetcher fetcher,
                           FrontierFetcher pageFetcher) {
        ElasticListingSink elastic = new ElasticListingSink(es.connection(), es.layout(), run.started());
        CloseOnceSink own = new CloseOnceSink(elastic);
        ListingSink sink = decorator.apply(own);
        ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "appaudit-checkpoint-" + store());
            t.setDaemon(true);
            return t;
        });
        try {
            DurableSink durable = new DurableSink(sink, elastic, state, counters::toMap);
            WorkQueue queue = new WorkQueue(c, state, counters);
            PageHandler handler = new PageHandler(adapter, config.discovery(), run.id(),
                    new PageHandler.Limits(maxApps(), config.maxDiscoveryPages(), config.maxPages()), queue, fetcher,
                    options.probes() ? Optional.of(new Prober(client, probeMemory, config.robots()))
                            : Optional.empty(), durable, state, counters,
                    new BlockWatch(client.config().blockAfter(), reason -> stop(CrawlRunOutcome.FAILED, reason)),
                    reason -> stop(CrawlRunOutcome.FAILED, reason));
            replayPending(state, handler);
            requeueUnfinished(state, queue);
            // seeds are queued on a resumed run too: a crash while seeding must not lose the rest of them
            handler.enqueueDiscovery(adapter.discoverySeeds(config.discovery()).stream()
                    .map(seed -> WorkItem.discovery(seed, FrontierKeys.digest(seed), 0)).toList());
            checkpoints.scheduleWithFixedDelay(() -> checkpoint(durable), CHECKPOINT_SECONDS, CHECKPOINT_SECONDS,
                    TimeUnit.SECONDS);
            if (stop.get() == null) {
                c.start(() -> new StoreVisitor(pageFetcher, handler, counters), config.concurrency());
            }
            if (stop.get() == null) {
                new HeldNotListed(store(), state, counters, endpoints).settle(handler, () -> stop.get() != null);
            }
            checkpoints.shutdown();
            awaitQuietly(checkpoints);
            checkpoint(durable);
            indexFailedApps = elastic.failedApps();
            return elastic.stats().failed();
        } finally {
            checkpoints.shutdownNow();
            // a decorator normally closes what it wraps; the Elasticsearch sink is closed here in any case, once
            sink.close();
            own.close();
        }
    }

    /** Handles again the pages whose snapshots a crash may have lost; their counts were already made. */
    private void replayPending(CrawlState state, PageHandler handler) {
        List<String> pending = state.pendingPages();
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Long> before = counters.toMap();
        pending.forEach(handler::replay);
        counters.load(before);
        log.info("{}: handled {} page(s) of the interrupted run again, from their WARC captures", store(),
                pending.size());
    }

    /**
     * Queues again the work of an interrupted run that is not done. The crawl state is the only record of work:
     * every item is committed there before its URL enters crawler4j's queue, and a page is marked done there with
     * its snapshots, so the work not marked done is exactly what is left. crawler4j's queue starts empty.
     */
    private void requeueUnfinished(CrawlState state, WorkQueue queue) {
        List<WorkItem> unfinished = state.unfinishedWork();
        if (unfinished.isEmpty()) {
            return;
        }
        Map<String, Long> before = counters.toMap();
        queue.addAll(unfinished);
        counters.load(before);
        log.info("{}: queued the {} unfinished page(s) of the interrupted run again", store(), unfinished.size());
    }

    /** A checkpoint that could not confirm every snapshot stops the store: its run must stay resumable. */
    private void checkpoint(DurableSink durable) {
        try {
            durable.checkpoint().ifPresent(reason -> stop(CrawlRunOutcome.FAILED, reason));
        } catch (RuntimeException e) {
            log.warn("{}: checkpoint failed: {}", store(), e.toString());
            stop(CrawlRunOutcome.FAILED, "checkpoint failed: " + e.getMessage());
        }
    }

    private String newRunId(Instant started) {
        return RunIds.next(started, store().id());
    }

    private static void awaitQuietly(ScheduledExecutorService s) {
        try {
            s.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
