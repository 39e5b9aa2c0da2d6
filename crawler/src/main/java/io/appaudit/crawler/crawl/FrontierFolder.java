package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import io.appaudit.crawler.config.FetchConfig;
import io.appaudit.crawler.config.StoreCrawlConfig;
import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A store's crawler4j frontier on disk ({@code <data.dir>/crawl/<store>/frontier}): the controller's
 * configuration, its Berkeley DB settings, opening it, and wiping it when a run is done or discarded.
 */
final class FrontierFolder {

    private final Path folder;
    private final StoreCrawlConfig config;
    private final FetchConfig fetch;
    private final long minFreeSpace;

    /**
     * @param folder       the store's crawl folder; crawler4j keeps its frontier in {@code frontier/} under it
     * @param minFreeSpace data.min-free-space, under which the crawl stops (see {@link #durability})
     */
    FrontierFolder(Path folder, StoreCrawlConfig config, FetchConfig fetch, long minFreeSpace) {
        this.folder = folder;
        this.config = config;
        this.fetch = fetch;
        this.minFreeSpace = minFreeSpace;
    }

    CrawlConfig crawlerConfig() {
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
        c.setUserAgentString(config.userAgent().orElse(fetch.userAgent()));
        c.setMaxDownloadSize((int) Math.min(Integer.MAX_VALUE, fetch.maxBodySize()));
        // crawler4j waits these out (whole seconds) before it believes a store is done; one each keeps its
        // monitor from spinning
        c.setThreadMonitoringDelaySeconds(1);
        c.setThreadShutdownDelaySeconds(1);
        c.setCleanupDelaySeconds(1);
        c.setShutdownOnEmptyQueue(true);
        return c;
    }

    /** The store's controller over this folder's frontier (resumed when it holds one), fetching with {@code fetcher}. */
    CrawlController open(CrawlConfig c4j, FrontierFetcher fetcher) {
        durability();
        RobotstxtConfig robots = new RobotstxtConfig();
        robots.setEnabled(config.robots());
        robots.setUserAgentName("appaudit");
        try {
            // a parser without Tika: crawler4j's page processing, which would use it, is not used (StoreVisitor)
            return new CrawlController(c4j, fetcher, new Parser(c4j, null), new RobotstxtServer(robots, fetcher));
        } catch (Exception e) { // crawler4j declares a bare Exception
            throw new IllegalStateException("Cannot open the frontier in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * crawler4j opens its resumable frontier transactional with Berkeley DB's default durability, an fsync per
     * commit: several per page. Writing each commit to the operating system without waiting for the disk is
     * enough: the frontier serves one process's run, and a resumed run rebuilds it from the crawl state
     * (StoreCrawl.requeueUnfinished). Berkeley DB reads je.properties from the frontier folder.
     * <p>
     * Berkeley DB also refuses every write once its disk has less than je.freeDisk free, 5 GB by default: on a
     * smaller or fuller disk the frontier failed obscurely mid-crawl. The crawl's own floor (data.min-free-space)
     * stops it first; the frontier keeps a quarter of that floor, so that the stopping crawl can still commit.
     */
    private void durability() {
        Path frontier = folder.resolve("frontier");
        try {
            OwnerOnly.createFolders(frontier);
            Files.writeString(frontier.resolve("je.properties"),
                    "# written by appaudit: see FrontierFolder.durability\n"
                            + "je.txn.durability=WRITE_NO_SYNC,NO_SYNC,SIMPLE_MAJORITY\n"
                            + "je.freeDisk=" + minFreeSpace / 4 + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + frontier.resolve("je.properties") + ": "
                    + e.getMessage(), e);
        }
    }

    void delete() {
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

}
