package io.appaudit.crawler.crawl;

import com.sleepycat.je.DatabaseException;
import com.sleepycat.je.EnvironmentConfig;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crawler4j's scratch folder for a store ({@code <data.dir>/crawl/<store>/frontier}) and the controller over it.
 * crawler4j runs non-resumable: its Berkeley DB holds the run's URL queue and the URLs it has seen in this process,
 * nothing a later run reads. The crawl state is the record of work (a resumed run queues its unfinished work again,
 * {@code StoreCrawl.requeueUnfinished}). The folder is emptied when a controller opens it (crawler4j does so in its
 * non-resumable mode, which clears what a killed process left) and deleted when the controller is done with it.
 */
final class FrontierFolder {

    private static final Logger log = LoggerFactory.getLogger(FrontierFolder.class);

    private final Path folder;
    private final StoreCrawlConfig config;
    private final FetchConfig fetch;
    private final long minFreeSpace;

    /**
     * @param folder       the store's crawl folder; crawler4j keeps its queue in {@code frontier/} under it
     * @param minFreeSpace data.min-free-space, under which the crawl stops (see {@link Controller})
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
        // the crawl state is what a run resumes from; crawler4j's queue lives as long as its process
        c.setResumableCrawling(false);
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

    /** The store's controller over an emptied scratch folder, fetching with {@code fetcher}. */
    Controller open(CrawlConfig c4j, FrontierFetcher fetcher) {
        Path scratch = folder.resolve("frontier");
        try {
            // made here, owner-only like every folder of the tool; crawler4j would make it with the default mode
            OwnerOnly.createFolders(scratch);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create crawler4j's folder " + scratch + ": " + e.getMessage(), e);
        }
        RobotstxtConfig robots = new RobotstxtConfig();
        robots.setEnabled(config.robots());
        robots.setUserAgentName("appaudit");
        try {
            // a parser without Tika: crawler4j's page processing, which would use it, is not used (StoreVisitor)
            return new Controller(c4j, fetcher, new Parser(c4j, null), new RobotstxtServer(robots, fetcher),
                    minFreeSpace / 4);
        } catch (Exception e) { // crawler4j declares a bare Exception
            throw new IllegalStateException("Cannot open crawler4j's queue in " + scratch + ": " + e.getMessage(), e);
        }
    }

    /** Closes the controller's Berkeley DB (unless crawler4j did) and deletes the scratch folder. */
    void close(Controller controller) {
        controller.release();
        delete();
    }

    private void delete() {
        Path scratch = folder.resolve("frontier");
        if (!Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            // scratch: the next run's controller empties it anyway
            log.warn("Cannot delete crawler4j's folder {}: {}", scratch, e.getMessage());
        }
    }

    /**
     * crawler4j's controller with Berkeley DB's free-disk floor set to a quarter of the crawl's. Berkeley DB refuses
     * every write once its disk has less than je.freeDisk free, 5 GB by default: on a smaller or fuller disk the
     * queue failed obscurely mid-crawl. The crawl's own floor (data.min-free-space, which keeps room for the crawl
     * state) stops it first; the queue keeps working below it, so that the stopping crawl can finish its pages.
     * crawler4j gives no way to configure its environment, and its non-resumable mode empties the folder, a
     * je.properties with it, before opening it: the floor is set on the open environment.
     */
    static final class Controller extends CrawlController {

        // crawler4j's constructor declares a bare Exception
        Controller(CrawlConfig c4j, PageFetcher fetcher, Parser parser, RobotstxtServer robots, long freeDisk)
                throws Exception {
            super(c4j, fetcher, parser, robots);
            try {
                env.setMutableConfig(env.getMutableConfig()
                        .setConfigParam(EnvironmentConfig.FREE_DISK, Long.toString(freeDisk)));
                // Berkeley DB judged the disk against its default when it opened; a cleaner pass judges it again
                env.cleanLog();
            } catch (DatabaseException e) {
                release();
                throw e;
            }
        }

        /**
         * Closes what crawler4j's monitor closes when a crawl ends (the queue, its environment, the fetcher's
         * connection pool) unless it did: start blocks until the monitor has closed them, so a controller not
         * finished is one that never started (its store stopped before).
         */
        void release() {
            if (isFinished()) {
                return;
            }
            pageFetcher.shutDown();
            try {
                frontier.close();
                docIdServer.close();
                env.close();
            } catch (DatabaseException e) {
                log.warn("Cannot close crawler4j's queue in {}: {}", getConfig().getCrawlStorageFolder(),
                        e.getMessage());
            }
        }
    }
}
