package io.appaudit.crawler.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Links followed in this crawl run, by what was asked (kind and absolute URL): a developer site, privacy policy or
 * download that many listings share is followed once per run, whichever store's thread asks first; the others wait
 * for its answer. Failures of ours (a deadline, a back-off) are not kept, so the next listing tries again. At most
 * {@code maxEntries} answers are kept (without bodies), the least recently used dropped first.
 */
final class ProbeCache {

    /** About a kilobyte an entry: a run's worth of developer sites and download links. */
    static final int DEFAULT_ENTRIES = 20_000;

    private final Map<String, CompletableFuture<Followed>> entries;

    ProbeCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a probe cache holds at least one entry, was " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Followed>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The answer kept for the key, else the one {@code follow} gives (kept unless the failure is ours). */
    Followed get(String key, Supplier<Followed> follow) {
        CompletableFuture<Followed> f;
        boolean mine = false;
        synchronized (entries) {
            f = entries.get(key);
            if (f == null) {
                f = new CompletableFuture<>();
                entries.put(key, f);
                mine = true;
            }
        }
        if (!mine) {
            try {
                return f.join();
            } catch (CompletionException e) {
                return follow.get();
            }
        }
        Followed r;
        try {
            r = follow.get();
        } catch (RuntimeException e) {
            forget(key, f);
            f.completeExceptionally(e);
            throw e;
        }
        if (r.ours()) {
            forget(key, f);
        }
        f.complete(r);
        return r;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void forget(String key, CompletableFuture<Followed> f) {
        synchronized (entries) {
            entries.remove(key, f);
        }
    }
}
