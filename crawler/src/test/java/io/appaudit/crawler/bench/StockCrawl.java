package io.appaudit.crawler.bench;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The baseline: stock crawler4j (its own Apache HttpClient fetcher, its own Tika parse, its BDB frontier) crawling
 * the given pages with a visitor that only parses them with jsoup and reads the app name. No politeness delay.
 */
final class StockCrawl {

    /** Pages visited and when the last visit ended. */
    record Result(int visited, long startNanos, long lastVisitNanos, long endNanos) {
    }

    private StockCrawl() {
    }

    static Result run(Path folder, List<String> urls, int threads) throws Exception {
        // timed from here, like appaudit's run: opening the frontier and seeding count
        long start = System.nanoTime();
        CrawlConfig c = new CrawlConfig();
        c.setCrawlStorageFolder(folder.toString());
        c.setPolitenessDelay(0);
        c.setMaxDepthOfCrawling(0);
        c.setThreadMonitoringDelaySeconds(1);
        c.setThreadShutdownDelaySeconds(1);
        c.setCleanupDelaySeconds(1);
        c.setUserAgentString("appaudit-benchmark (stock crawler4j)");
        PageFetcher fetcher = new PageFetcher(c);
        CrawlController controller = new CrawlController(c, fetcher, new RobotstxtServer(new RobotstxtConfig(), fetcher));
        AtomicInteger visited = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        urls.forEach(controller::addSeed);
        controller.start(() -> new JsoupVisitor(visited, last), threads);
        return new Result(visited.get(), start, last.get(), System.nanoTime());
    }

    /** Parses each page with jsoup and reads the app name, as an adapter would at the least. */
    static final class JsoupVisitor extends WebCrawler {
        private final AtomicInteger visited;
        private final AtomicLong last;

        JsoupVisitor(AtomicInteger visited, AtomicLong last) {
            this.visited = visited;
            this.last = last;
        }

        @Override
        public boolean shouldVisit(Page referringPage, WebURL url) {
            return false;
        }

        @Override
        public void visit(Page page) {
            Document d = Jsoup.parse(new String(page.getContentData(), StandardCharsets.UTF_8), page.getWebURL().getURL());
            if (!d.select("div.intro-titles h3").text().isEmpty()) {
                visited.incrementAndGet();
            }
            last.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }
}
