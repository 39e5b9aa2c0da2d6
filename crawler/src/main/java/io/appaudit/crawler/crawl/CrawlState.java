package io.appaudit.crawler.crawl;

import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.crawler.fetch.Validators;
import io.appaudit.indexer.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * What a store's crawl must remember across a crash, the run's only record of work, in one MVStore file
 * ({@code <data.dir>/crawl/<store>/state.mv.db}): the run id, the work queued and what each queued URL stands for,
 * the captures of this run (so that a resumed run reads a fetched page back instead of fetching it again), the pages
 * done, the pages whose snapshots were handed to the sink but not yet confirmed indexed, the pages whose "not listed"
 * answers are held back until the run's end, the discovery chains' apps (the paging policy's memory) and what each
 * chain gave (its saturation), the counters, and, kept across runs, the conditional-GET validators. The file is
 * locked while open: one crawl per store at a time.
 */
final class CrawlState implements AutoCloseable {

    private static final String DONE = "done";
    private static final String PENDING = "pending";
    /** A page whose "not listed" answer waits for the store's detail endpoint to be judged at the run's end. */
    private static final String HELD = "held";

    /** A run in progress: its id and when it started. */
    record Run(String id, Instant started) {
    }

    private final MVStore store;
    private final MVMap<String, String> meta;
    private final MVMap<String, String> work;
    private final MVMap<String, String> captured;
    /** Page key → {@link #DONE} or {@link #PENDING}: one map, so that a page's commit touches few. */
    private final MVMap<String, String> pages;
    private final MVMap<String, String> chains;
    /** Discovery chain → its {@link ChannelTally}, for the saturation measure. */
    private final MVMap<String, String> channels;
    private final Validators validators;
    private final java.util.concurrent.atomic.AtomicLong commitRequests = new java.util.concurrent.atomic.AtomicLong();
    private final Object commitLock = new Object();
    private long committedUpTo;

    private CrawlState(MVStore store) {
        this.store = store;
        this.meta = store.openMap("run.meta");
        this.work = store.openMap("run.work");
        this.captured = store.openMap("run.captured");
        this.pages = store.openMap("run.pages");
        this.chains = store.openMap("run.chains");
        this.channels = store.openMap("run.channels");
        this.validators = new Validators(store.openMap("validators"));
    }

    static CrawlState open(Path folder) {
        try {
            OwnerOnly.createFolders(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the crawl folder " + folder + ": " + e.getMessage(), e);
        }
        try {
            // committed explicitly where it matters (WorkQueue, DurableSink); no background commits besides
            return new CrawlState(new MVStore.Builder().fileName(folder.resolve("state.mv.db").toString())
                    .autoCommitDisabled().open());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Cannot open the crawl state in " + folder + " (is another crawl of this "
                    + "store running?): " + e.getMessage(), e);
        }
    }

    Optional<Run> run() {
        String id = meta.get("run_id");
        return id == null ? Optional.empty() : Optional.of(new Run(id, Instant.parse(meta.get("run_started"))));
    }

    void startRun(Run run) {
        clearRun();
        meta.put("run_id", run.id());
        meta.put("run_started", run.started().toString());
        store.commit();
    }

    /** Forgets the run (finished, or wiped by --fresh); validators stay. */
    void clearRun() {
        for (MVMap<?, ?> m : List.of(meta, work, captured, pages, chains, channels)) {
            m.clear();
        }
        store.commit();
    }

    /** Records what a queued URL stands for; false when it was already known. */
    boolean addWork(String key, WorkItem item) {
        return work.putIfAbsent(key, WorkCodec.encode(item)) == null;
    }

    boolean hasWork(String key) {
        return work.containsKey(key);
    }

    Optional<WorkItem> work(String key) {
        return Optional.ofNullable(work.get(key)).map(WorkCodec::decode);
    }

    void captured(String requestKey, WarcLocation at, boolean notModified) {
        captured.put(requestKey, WorkCodec.encode(at, notModified));
    }

    Optional<WorkCodec.Captured> captured(String requestKey) {
        return Optional.ofNullable(captured.get(requestKey)).map(WorkCodec::decodeCapture);
    }

    /**
     * The work of this run that is not done: still queued, or in hand when the process stopped. Discovery comes
     * first, so that a resumed run goes on walking its lists while it fetches their listings.
     */
    List<WorkItem> unfinishedWork() {
        List<WorkItem> out = new ArrayList<>();
        work.forEach((key, item) -> {
            if (!pages.containsKey(key)) {
                out.add(WorkCodec.decode(item));
            }
        });
        out.sort(Comparator.comparing(i -> i.kind() != WorkItem.Kind.DISCOVERY));
        return out;
    }

    boolean isDone(String key) {
        return pages.containsKey(key);
    }

    void done(String key) {
        pages.putIfAbsent(key, DONE);
    }

    /** Marks a page done, its snapshots with the sink but not yet confirmed by Elasticsearch. */
    void pending(String pageKey) {
        pages.put(pageKey, PENDING);
    }

    /** Marks a page done, its "not listed" answer held back (see {@link #heldPages()}). */
    void held(String pageKey) {
        pages.put(pageKey, HELD);
    }

    /** The pages whose "not listed" answers are held back until the run's end: recorded then, or withheld. */
    List<String> heldPages() {
        return pages.entrySet().stream().filter(e -> HELD.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Marks held pages done without recording their answers: the store's detail endpoint was not healthy. */
    void withheld(Iterable<String> pageKeys) {
        pageKeys.forEach(k -> pages.replace(k, HELD, DONE));
    }

    List<String> pendingPages() {
        return pages.entrySet().stream().filter(e -> PENDING.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    void confirmed(Iterable<String> pageKeys) {
        pageKeys.forEach(k -> pages.replace(k, PENDING, DONE));
    }

    /** Records a discovery page's apps in its chain; returns how many the chain had not seen. */
    int chainApps(String chain, List<String> appIds) {
        int fresh = 0;
        for (String id : appIds) {
            if (chains.putIfAbsent(chain + '\u0000' + id, "") == null) {
                fresh++;
            }
        }
        return fresh;
    }

    /** What a discovery chain (one list) gave so far in this run. */
    Optional<ChannelTally> channel(String chain) {
        return Optional.ofNullable(channels.get(chain)).flatMap(ChannelTally::decode);
    }

    void channel(String chain, ChannelTally tally) {
        channels.put(chain, tally.encode());
    }

    /** Every list of this run with what it gave, ordered by kind and key. */
    List<ChannelTally> channels() {
        return channels.values().stream().map(ChannelTally::decode).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ChannelTally::kind).thenComparing(ChannelTally::key)).toList();
    }

    Map<String, Long> counters() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        String saved = meta.get("counters");
        if (saved != null && !saved.isEmpty()) {
            for (String pair : saved.split(",")) {
                int eq = pair.indexOf('=');
                m.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            }
        }
        return m;
    }

    /** Saves the counters (one value: they are saved with every page). */
    void counters(Map<String, Long> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        meta.put("counters", sb.toString());
    }

    Validators validators() {
        return validators;
    }

    /**
     * Commits what this thread has written. Concurrent callers share commits: a caller whose writes a commit that
     * started after them already covered returns at once (MVStore commits one at a time anyway).
     */
    void commit() {
        long mine = commitRequests.incrementAndGet();
        synchronized (commitLock) {
            if (committedUpTo >= mine) {
                return;
            }
            long upTo = commitRequests.get();
            store.commit();
            committedUpTo = upTo;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
