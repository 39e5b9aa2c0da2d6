package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.TerminalText;
import java.util.List;

/**
 * What a person needs to hear about a crawl that did not go well: which stores failed and why, one line each, and
 * whether anything was delivered at all.
 */
public record CrawlVerdict(List<StoreOutcome> outcomes) {

    public CrawlVerdict {
        outcomes = List.copyOf(outcomes);
    }

    /** Some store's run failed or is unhealthy. */
    public boolean failed() {
        return outcomes.stream().anyMatch(o -> !o.healthy());
    }

    /** No store delivered a listing. */
    public boolean deliveredNothing() {
        return outcomes.stream().allMatch(o -> o.counts().get(Count.LISTINGS) == 0);
    }

    /**
     * The lines for standard error: a headline, then one line per unhealthy store with its reason; empty when every
     * store is healthy.
     */
    public List<String> lines(String what) {
        if (!failed()) {
            return List.of();
        }
        List<StoreOutcome> bad = outcomes.stream().filter(o -> !o.healthy()).toList();
        String headline = deliveredNothing()
                ? "The crawl failed: no store delivered a listing, so nothing was " + what + "."
                : "The crawl failed for " + bad.size() + " of " + outcomes.size()
                        + (outcomes.size() == 1 ? " store." : " stores.");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(headline),
                bad.stream().map(o -> "  " + o.store().id() + ": " + TerminalText.escape(o.reason()))).toList();
    }
}
