package io.appaudit.crawler.schedule;

import io.appaudit.crawler.crawl.Crawler;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops a scheduled crawl from another thread (a daemon shutting down), keeping its run resumable. The crawler
 * only hears a stop once its stores are running, so the request is repeated until its run returns: a stop that
 * comes while the run is still starting is not lost.
 */
public final class CrawlStop {

    private static final long REPEAT_MILLIS = 200;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Optional<Crawler> crawler = Optional.empty();

    public boolean requested() {
        return requested.get();
    }

    /** Asks the crawl to stop; returns at once. */
    public void request() {
        if (requested.compareAndSet(false, true)) {
            Thread t = new Thread(this::keepStopping, "appaudit-crawl-stop");
            t.setDaemon(true);
            t.start();
        }
    }

    void attach(Crawler c) {
        crawler = Optional.of(c);
    }

    /** The crawl's run returned (or never started): nothing left to stop. */
    void finished() {
        finished.countDown();
    }

    private void keepStopping() {
        try {
            do {
                crawler.ifPresent(Crawler::interrupt);
            } while (!finished.await(REPEAT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
