package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.url.WebURL;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A crawler thread of a store's controller. Its loop takes a few URLs at a time from crawler4j's queue, has the
 * fetcher fetch each and hands the outcome to the page handler; crawler4j's page processing (status filtering, Tika
 * parse, link extraction) is not used: the adapter reads the page and says what to crawl next.
 */
final class StoreVisitor extends WebCrawler {

    private static final Logger log = LoggerFactory.getLogger(StoreVisitor.class);
    /**
     * URLs taken from the queue at a time. crawler4j's own loop takes fifty, which leaves the other threads idle
     * while one works through them; one at a time costs a pass through the queue's lock and database per page.
     */
    private static final int BATCH = 8;

    private final FrontierFetcher fetcher;
    private final PageHandler handler;
    private final CrawlCounters counters;
    private volatile boolean waiting;

    StoreVisitor(FrontierFetcher fetcher, PageHandler handler, CrawlCounters counters) {
        this.fetcher = fetcher;
        this.handler = handler;
        this.counters = counters;
    }

    @Override
    public void run() {
        Frontier frontier = getMyController().getFrontier();
        while (true) {
            List<WebURL> next = new ArrayList<>(BATCH);
            waiting = true;
            frontier.getNextURLs(BATCH, next);
            waiting = false;
            if (next.isEmpty()) {
                // crawler4j returns nothing only once the frontier is finished
                return;
            }
            for (WebURL url : next) {
                if (getMyController().isShuttingDown()) {
                    // the rest are not done in the crawl state: a resumed run queues them again
                    return;
                }
                visit(frontier, url);
            }
        }
    }

    private void visit(Frontier frontier, WebURL url) {
        try {
            PageFetchResult r = fetcher.fetchPage(url);
            if (r instanceof FrontierPage p) {
                // a page not fetched (the store stopping, a transport failure) or whose evidence could not be
                // written is not marked done in the crawl state: a resumed run queues it again
                handler.handle(p.outcome());
            }
        } catch (java.io.IOException | RuntimeException e) {
            counters.increment(Count.ERRORS);
            log.error("Unexpected failure on {}", url.getURL(), e);
        }
        // crawler4j's own count; whether the page is done is the crawl state's to say
        frontier.setProcessed(url);
    }

    /** What the controller's monitor asks to decide whether the store is done. */
    @Override
    public boolean isNotWaitingForNewURLs() {
        return !waiting;
    }
}
