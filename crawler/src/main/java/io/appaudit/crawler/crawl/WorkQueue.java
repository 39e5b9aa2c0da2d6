package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.url.WebURL;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts work into a store's crawler4j frontier: the work item is written to the crawl state (and committed) before
 * its URL enters the frontier, so that every URL the frontier hands out can be turned back into its request, also
 * after a crash. URLs robots.txt disallows are counted and left out.
 */
final class WorkQueue {

    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

    private final CrawlController controller;
    private final CrawlState state;
    private final CrawlCounters counters;

    WorkQueue(CrawlController controller, CrawlState state, CrawlCounters counters) {
        this.controller = controller;
        this.state = state;
        this.counters = counters;
    }

    /** Queues an item; true when it is new to this run (a known item is queued again only if it never got in). */
    boolean add(WorkItem item) {
        Optional<String> key = FrontierKeys.of(item.request());
        if (key.isEmpty()) {
            log.warn("Cannot queue {}: crawler4j does not take its URL", item.request());
            counters.increment(Count.ERRORS);
            return false;
        }
        boolean fresh = state.addWork(key.get(), item);
        if (fresh) {
            state.commit();
        }
        if (controller.getDocIdServer().getDocId(key.get()) > 0) {
            return fresh;
        }
        WebURL url = new WebURL();
        url.setURL(key.get());
        if (!controller.getRobotstxtServer().allows(url)) {
            counters.increment(Count.ROBOTS_DENIED);
            log.info("robots.txt disallows {}", item.request().url());
            return false;
        }
        controller.addSeed(key.get());
        return fresh;
    }

    /** True when this run has queued the item before. */
    boolean isKnown(WorkItem item) {
        return FrontierKeys.of(item.request()).flatMap(state::work).isPresent();
    }

    /** What a frontier URL stands for. */
    Optional<WorkItem> item(String frontierUrl) {
        return state.work(frontierUrl);
    }
}
