package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** crawler4j's crawler thread body: hands each page's outcome to the store's page handler, follows no links. */
final class StoreVisitor extends WebCrawler {

    private static final Logger log = LoggerFactory.getLogger(StoreVisitor.class);

    private final PageHandler handler;
    private final CrawlCounters counters;

    StoreVisitor(PageHandler handler, CrawlCounters counters) {
        this.handler = handler;
        this.counters = counters;
    }

    @Override
    public void visit(Page page) {
        if (page.getParseData() instanceof FrontierPage p) {
            handler.handle(p.outcome());
        }
    }

    @Override
    protected boolean shouldFollowLinksIn(WebURL url) {
        return false;
    }

    @Override
    protected void onUnhandledException(WebURL webUrl, Throwable e) {
        counters.increment(Count.ERRORS);
        log.error("Unexpected failure on {}", webUrl == null ? "?" : webUrl.getURL(), e);
    }
}
