package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.fetcher.PageFetchResult;

/** A frontier page as the fetcher hands it to the crawler thread: crawler4j's fetch result, carrying the outcome. */
final class FrontierPage extends PageFetchResult {

    private final PageOutcome outcome;

    FrontierPage(String url, PageOutcome outcome) {
        this.outcome = outcome;
        setFetchedUrl(url);
    }

    PageOutcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return "FrontierPage[" + outcome + "]";
    }
}
