package io.appaudit.crawler.crawl;

import io.appaudit.crawler.Adapters;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.SpaceGuard;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.crawler.apk.ApkCache;
import io.appaudit.crawler.apk.ApkReading;
import io.appaudit.crawler.probe.ProbeMemory;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.indexer.runs.CrawlRuns;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls stores, each in its own thread with its own frontier and politeness, through one shared HTTP client and
 * evidence archive; a store that fails or is blocked stops alone. Writes a crawl-run document per store and run.
 */
public final class Crawler {

    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final AppauditConfig config;
    private final ElasticSession es;
    private final UnaryOperator<ListingSink> decorator;
    private final List<StoreCrawl> running = new ArrayList<>();

    /**
     * @param decorator wraps each store's Elasticsearch sink (for example to evaluate checks before indexing);
     *                  {@code UnaryOperator.identity()} for none
     */
    public Crawler(AppauditConfig config, ElasticSession es, UnaryOperator<ListingSink> decorator) {
        this.config = config;
        this.es = es;
        this.decorator = decorator;
    }

    public List<StoreOutcome> run(CrawlOptions options, Optional<PrintWriter> terminal) {
        Map<StoreId, StoreAdapter> adapters = new EnumMap<>(StoreId.class);
        Map<StoreId, RequestAuth> auths = new EnumMap<>(StoreId.class);
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        Map<StoreId, Duration> ceilings = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            delays.put(id, config.store(id).delay());
            ceilings.put(id, config.store(id).maxDelay());
        }
        for (StoreId id : options.stores()) {
            StoreAdapter a = Adapters.create(id, config);
            adapters.put(id, a);
            auths.put(id, a.auth());
        }
        List<StoreOutcome> outcomes = new ArrayList<>();
        SpaceGuard space = new SpaceGuard(config.dataDir(), config.minFreeSpace());
        try (WarcArchive archive = new WarcArchive(config.dataDir().resolve("warc"), config.fetch().warcMaxSize(),
                space);
             FetchClient client = new FetchClient(config.fetch(), config.stores(), auths, archive,
                     new Politeness(delays, ceilings))) {
            List<StoreCrawl> crawls = new ArrayList<>();
            ProbeMemory probeMemory = new ProbeMemory(client, config.apk().enabled()
                    ? Optional.of(new ApkReading(client, config.apk(), ApkCache.open(config.dataDir().resolve("apk"))))
                    : Optional.empty());
            for (StoreId id : options.stores()) {
                crawls.add(new StoreCrawl(adapters.get(id), config.store(id), config.dataDir().resolve("crawl"), client,
                        archive, space, es, decorator, options, config.crawl(), probeMemory));
            }
            synchronized (running) {
                running.addAll(crawls);
            }
            ExecutorService pool = Executors.newFixedThreadPool(crawls.size(), r -> new Thread(r, "appaudit-crawl"));
            try (CrawlProgress progress = new CrawlProgress(crawls, terminal)) {
                progress.start();
                List<Future<StoreOutcome>> futures = new ArrayList<>();
                for (StoreCrawl c : crawls) {
                    futures.add(pool.submit(c::run));
                }
                for (Future<StoreOutcome> f : futures) {
                    outcomes.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A store's crawl thread failed", e.getCause());
            } finally {
                pool.shutdown();
            }
        } catch (IOException e) {
            log.warn("Closing the evidence files failed: {}", e.toString());
        } finally {
            synchronized (running) {
                running.clear();
            }
        }
        outcomes.forEach(o -> record(o, options.trigger()));
        return outcomes;
    }

    /** Stops every running store, keeping their runs resumable (Ctrl-C, a scheduler shutting down). */
    public void interrupt() {
        synchronized (running) {
            running.forEach(c -> c.stop(CrawlRunOutcome.INTERRUPTED, "interrupted"));
        }
    }

    private void record(StoreOutcome o, String trigger) {
        CrawlCounters n = o.counts();
        CrawlRunDocument doc = new CrawlRunDocument(Instant.now(), o.runId(), o.store().id(), trigger, o.started(),
                o.ended(), o.duration().toMillis(), o.outcome(), o.failureReason().orElse(null), o.adapterHealthy(),
                n.get(Count.REQUESTS), n.get(Count.PAGES), n.get(Count.LISTINGS), n.get(Count.UNCHANGED),
                n.get(Count.NOT_LISTED), n.get(Count.PARSE_PROBLEMS), n.get(Count.ERRORS), n.get(Count.RETRIES),
                n.get(Count.BLOCKED_RESPONSES), o.indexFailures(), node(), o.healthy(),
                o.healthy() ? null : o.reason(), o.indexFailedApps(), channels(o.discovery()),
                o.discovery().isEmpty() ? null : o.discovery().stream()
                        .filter(c -> c.saturation() == ChannelTally.Saturation.NOT_SATURATED).count(),
                answers(n.answers()), n.get(Count.NOT_LISTED_HELD), n.get(Count.NOT_LISTED_WITHHELD),
                n.get(Count.LIST_ONLY));
        try {
            // visible at once: an audit reads the run's documents for its report right after the crawl
            new CrawlRuns(es.connection(), es.layout()).recordVisible(doc);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not record crawl run {} of {}: {}", o.runId(), o.store(), e.toString());
        }
    }

    private static List<CrawlRunDocument.Channel> channels(List<ChannelTally> tallies) {
        return tallies.stream().map(t -> new CrawlRunDocument.Channel(t.kind(), t.key(), t.apps(), t.pages(),
                t.lastNew(), t.stop().words(), t.saturation().id())).toList();
    }

    /** The answers per endpoint kind, as the crawl-run document holds them. */
    static Map<String, Map<String, Long>> answers(AnswerTally t) {
        Map<String, Map<String, Long>> m = new java.util.LinkedHashMap<>();
        for (AnswerTally.Endpoint e : AnswerTally.Endpoint.values()) {
            m.put(e.label(), t.fields(e));
        }
        return m;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
