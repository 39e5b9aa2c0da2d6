package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.Parser;

/**
 * crawler4j's parser, switched off: its Tika parse of every page (and link extraction) is wasted work here, since
 * the store adapter reads the page and says what to crawl next.
 */
final class ShimParser extends Parser {

    ShimParser(CrawlConfig config) {
        super(config, null);
    }

    @Override
    public void parse(Page page, String contextURL) {
        // the page's ParseData is the FrontierPage the fetcher set
    }
}
