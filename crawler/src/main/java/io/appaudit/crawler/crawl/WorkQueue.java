package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.url.WebURL;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts work into a store's crawl: the work item is written to the crawl state (and committed) under its
 * {@link FrontierKeys key} before that key enters crawler4j's queue, so that every URL the queue hands out turns back
 * into its request, and the crawl state alone knows what is left after a crash. URLs robots.txt disallows are counted
 * and left out.
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

    /**
     * Queues items: the new ones are written to the crawl state in one commit, then every key crawler4j has not
     * seen in this process goes into its queue (unless robots.txt disallows it). Returns how many items were new to
     * this run.
     */
    int addAll(List<WorkItem> items) {
        List<String> keys = new ArrayList<>();
        int fresh = 0;
        for (WorkItem item : items) {
            Optional<String> key = FrontierKeys.of(item.request());
            if (key.isEmpty()) {
                log.warn("Cannot queue {}: crawler4j does not take its URL", item.request());
                counters.increment(Count.ERRORS);
                continue;
            }
            if (state.addWork(key.get(), item)) {
                fresh++;
            }
            keys.add(key.get());
        }
        if (fresh > 0) {
            state.commit();
        }
        List<WebURL> schedule = new ArrayList<>();
        for (String key : keys) {
            DocIDServer ids = controller.getDocIdServer();
            if (ids.getDocId(key) > 0) {
                continue;
            }
            WebURL url = new WebURL();
            url.setURL(key);
            if (!controller.getRobotstxtServer().allows(url)) {
                counters.increment(Count.ROBOTS_DENIED);
                log.info("robots.txt disallows {}", key);
                continue;
            }
            url.setDocid(ids.getNewDocID(key));
            url.setDepth((short) 0);
            schedule.add(url);
        }
        // scheduleAll, unlike the controller's addSeed, wakes the crawler threads waiting for work
        controller.getFrontier().scheduleAll(schedule);
        return fresh;
    }

    /** True when this run has queued the item before. */
    boolean isKnown(WorkItem item) {
        return FrontierKeys.of(item.request()).map(state::hasWork).orElse(false);
    }

    /** What a queued URL stands for. */
    Optional<WorkItem> item(String frontierUrl) {
        return state.work(frontierUrl);
    }
}
