package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import io.appaudit.crawler.config.StoreCrawlConfig;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.probe.Prober;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's crawl run, driven by a crawler4j controller of its own (its Berkeley DB frontier under
 * {@code <data.dir>/crawl/<store>/frontier}, resumable) with the crawler's fetcher and the store's adapter plugged
 * in. An unfinished run is resumed unless told otherwise; a finished one clears its frontier and run state.
 */
public final class StoreCrawl {

    private static final Logger log = LoggerFactory.getLogger(StoreCrawl.class);
    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /**
     * How often the sink is flushed and the pages it confirmed forgotten: after a crash, the pages of at most this
     * long are handled again (from their WARC captures). Pages wait while a flush runs, so not too often either.
     */
    private static final long CHECKPOINT_SECONDS = 10;

    private final StoreAdapter adapter;
    private final StoreCrawlConfig config;
    private final Path folder;
    private final FetchClient client;
    private final WarcArchive archive;
    private final ElasticSession es;
    private final UnaryOperator<ListingSink> decorator;
    private final CrawlOptions options;
    private final CrawlCounters counters = new CrawlCounters();
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private volatile CrawlController controller;
    private volatile String runId = "";

    private record Stop(String outcome, String reason) {
    }

    public StoreCrawl(StoreAdapter adapter, StoreCrawlConfig config, Path crawlRoot, FetchClient client,
                      WarcArchive archive, ElasticSession es, UnaryOperator<ListingSink> decorator,
                      CrawlOptions options) {
        this.adapter = adapter;
        this.config = config;
        this.folder = crawlRoot.resolve(adapter.store().id());
        this.client = client;
        this.archive = archive;
        this.es = es;
        this.decorator = decorator;
        this.options = options;
    }

    public StoreId store() {
        return adapter.store();
    }

    public CrawlCounters counters() {
        return counters;
    }

    public String runId() {
        return runId;
    }

    /** The most apps this run queues; 0 for no limit. */
    public int maxApps() {
        return options.maxApps().orElse(config.maxApps());
    }

    /** Stops the store's crawl (the run stays resumable); the first reason given is kept. */
    public void stop(String outcome, String reason) {
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
        try (CrawlState state = CrawlState.open(folder)) {
            Optional<CrawlState.Run> unfinished = state.run();
            boolean resumed = unfinished.isPresent() && options.mode() == CrawlOptions.Mode.RESUME;
            if (!resumed) {
                unfinished.ifPresent(r -> log.info("{}: discarding unfinished run {} (--fresh)", store(), r.id()));
                deleteFrontier();
                state.startRun(new CrawlState.Run(newRunId(started), started));
            }
            CrawlState.Run run = state.run().orElseThrow();
            runId = run.id();
            counters.load(state.counters());
            log.info("{}: {} run {}", store(), resumed ? "resuming" : "starting", run.id());
            long indexFailures = crawl(state, run);
            Stop s = stop.get();
            if (s == null) {
                state.clearRun();
                deleteFrontier();
            }
            Instant ended = Instant.now();
            return new StoreOutcome(store(), run.id(), run.started(), ended,
                    s == null ? CrawlRunDocument.COMPLETED : s.outcome(), Optional.ofNullable(s).map(Stop::reason),
                    counters, StoreOutcome.healthy(counters.get(Count.ADAPTER_PROBLEMS), counters.get(Count.PAGES)),
                    indexFailures, resumed);
        } catch (RuntimeException e) {
            log.error("{}: the crawl failed", store(), e);
            return new StoreOutcome(store(), runId.isEmpty() ? newRunId(started) : runId, started, Instant.now(),
                    CrawlRunDocument.FAILED, Optional.of(String.valueOf(e.getMessage())), counters, false, 0, false);
        }
    }

    /** Runs the controller to its end; returns the snapshots Elasticsearch refused. */
    private long crawl(CrawlState state, CrawlState.Run run) {
        CrawlConfig c4j = crawlerConfig();
        frontierDurability();
        StoreFetcher fetcher = new StoreFetcher(client, archive, state, counters);
        FrontierFetcher pageFetcher = new FrontierFetcher(c4j, store(), state, fetcher, client, counters,
                () -> stop.get() != null);
        RobotstxtConfig robots = new RobotstxtConfig();
        robots.setEnabled(config.robots());
        robots.setUserAgentName("appaudit");
        CrawlController c;
        try {
            // a parser without Tika: crawler4j's page processing, which would use it, is not used (StoreVisitor)
            c = new CrawlController(c4j, pageFetcher, new Parser(c4j, null), new RobotstxtServer(robots, pageFetcher));
        } catch (Exception e) { // crawler4j declares a bare Exception
            throw new IllegalStateException("Cannot open the frontier in " + folder + ": " + e.getMessage(), e);
        }
        controller = c;
        ElasticListingSink elastic = new ElasticListingSink(es.connection(), es.layout(), run.started());
        CloseOnce own = new CloseOnce(elastic);
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
                    new PageHandler.Limits(maxApps(), config.maxDiscoveryPages()), queue, fetcher,
                    options.probes() ? Optional.of(new Prober(client)) : Optional.empty(), durable, state, counters,
                    new BlockWatch(client.config().blockAfter(), reason -> stop(CrawlRunDocument.FAILED, reason)),
                    reason -> stop(CrawlRunDocument.FAILED, reason));
            replayPending(state, handler);
            // seeds are queued on a resumed run too: a crash while seeding must not lose the rest of them
            handler.enqueueDiscovery(adapter.discoverySeeds(config.discovery()).stream()
                    .map(seed -> WorkItem.discovery(seed, FrontierKeys.digest(seed), 0)).toList());
            checkpoints.scheduleWithFixedDelay(() -> checkpoint(durable), CHECKPOINT_SECONDS, CHECKPOINT_SECONDS,
                    TimeUnit.SECONDS);
            if (stop.get() == null) {
                c.start(() -> new StoreVisitor(pageFetcher, handler, counters), config.concurrency());
            }
            checkpoints.shutdown();
            awaitQuietly(checkpoints);
            durable.checkpoint();
            return elastic.stats().failed();
        } finally {
            checkpoints.shutdownNow();
            // a decorator normally closes what it wraps; the Elasticsearch sink is closed here in any case, once
            sink.close();
            own.close();
            controller = null;
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

    /** The Elasticsearch sink as handed to the decorator: closing it twice closes it once. */
    private static final class CloseOnce implements ListingSink {
        private final ListingSink sink;
        private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        CloseOnce(ListingSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(io.appaudit.indexer.docs.ListingDocument snapshot) {
            sink.accept(snapshot);
        }

        @Override
        public void flush() {
            sink.flush();
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                sink.close();
            }
        }
    }

    private void checkpoint(DurableSink durable) {
        try {
            durable.checkpoint();
        } catch (RuntimeException e) {
            log.warn("{}: checkpoint failed: {}", store(), e.toString());
        }
    }

    private CrawlConfig crawlerConfig() {
        CrawlConfig c = new CrawlConfig();
        c.setCrawlStorageFolder(folder.toString());
        c.setResumableCrawling(true);
        // the store's limiter in the fetch client enforces the delay; crawler4j's copy documents it
        c.setPolitenessDelay((int) Math.min(Integer.MAX_VALUE, config.delay().toMillis()));
        c.setMaxDepthOfCrawling(-1);
        c.setMaxPagesToFetch(-1);
        c.setIncludeHttpsPages(true);
        c.setIncludeBinaryContentInCrawling(true);
        c.setFollowRedirects(false);
        c.setUserAgentString(config.userAgent().orElse(client.config().userAgent()));
        c.setMaxDownloadSize((int) Math.min(Integer.MAX_VALUE, client.config().maxBodySize()));
        // crawler4j waits these out (in seconds) before it believes a store is done: the least it allows
        c.setThreadMonitoringDelaySeconds(1);
        c.setThreadShutdownDelaySeconds(1);
        c.setCleanupDelaySeconds(1);
        c.setShutdownOnEmptyQueue(true);
        return c;
    }

    /**
     * crawler4j opens its resumable frontier transactional with Berkeley DB's default durability, an fsync per
     * commit: several per page. Writing each commit to the operating system without waiting for the disk keeps
     * everything across a killed process (kill -9), and loses at most the last moments to a power cut, which the
     * crawl state's re-fetch-free resume then repairs. Berkeley DB reads je.properties from the frontier folder.
     */
    private void frontierDurability() {
        Path frontier = folder.resolve("frontier");
        try {
            Files.createDirectories(frontier);
            Files.writeString(frontier.resolve("je.properties"),
                    "# written by appaudit: see StoreCrawl.frontierDurability\n"
                            + "je.txn.durability=WRITE_NO_SYNC,NO_SYNC,SIMPLE_MAJORITY\n");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + frontier.resolve("je.properties") + ": "
                    + e.getMessage(), e);
        }
    }

    private void deleteFrontier() {
        Path frontier = folder.resolve("frontier");
        if (!Files.exists(frontier)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(frontier)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear the frontier " + frontier + ": " + e.getMessage(), e);
        }
    }

    private String newRunId(Instant started) {
        byte[] r = new byte[3];
        ThreadLocalRandom.current().nextBytes(r);
        return RUN_STAMP.format(started) + "-" + store().id() + "-" + HexFormat.of().formatHex(r);
    }

    private static void awaitQuietly(ScheduledExecutorService s) {
        try {
            s.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
