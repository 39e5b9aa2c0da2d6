package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.parser.ParseData;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Set;

/**
 * Carries a {@link PageOutcome} through crawler4j from the fetcher to the visitor. crawler4j is told every page
 * came back 200: it would drop any other status before the visitor sees it, and the status is the adapter's to
 * read (a 404 is "not listed"); the real one is in the outcome.
 */
final class FrontierPage extends PageFetchResult implements ParseData {

    private final PageOutcome outcome;

    FrontierPage(String url, PageOutcome outcome) {
        this.outcome = outcome;
        setStatusCode(200);
        setFetchedUrl(url);
    }

    PageOutcome outcome() {
        return outcome;
    }

    @Override
    public boolean fetchContent(Page page, int maxBytes) {
        page.setContentData(new byte[0]);
        page.setParseData(this);
        return true;
    }

    @Override
    public Set<WebURL> getOutgoingUrls() {
        return Set.of();
    }

    @Override
    public void setOutgoingUrls(Set<WebURL> outgoingUrls) {
        // links are never followed: the adapter says what to crawl next
    }

    @Override
    public String toString() {
        return "FrontierPage[" + outcome + "]";
    }
}
