package io.appaudit.crawler.crawl;

import io.appaudit.stores.DiscoveryResult;
import java.util.Optional;

/** Keeps each discovery list's {@link ChannelTally} in the crawl state as its pages are handled. */
final class ChannelBook {

    private final CrawlState state;

    ChannelBook(CrawlState state) {
        this.state = state;
    }

    /** Why a list stops (or {@link ChannelTally.Stop#WALKING} when it goes on) after a page the policy judged. */
    static ChannelTally.Stop stopOf(DiscoveryResult r, ListPaging.Verdict verdict, boolean appsFull) {
        if (r.problem().isPresent()) {
            return ChannelTally.Stop.FAILED;
        }
        return switch (verdict) {
            case FOLLOW -> appsFull ? ChannelTally.Stop.MAX_APPS : ChannelTally.Stop.WALKING;
            case ENDED -> ChannelTally.Stop.ENDED;
            case NOTHING_NEW -> ChannelTally.Stop.NOTHING_NEW;
            case MAX_PAGES -> ChannelTally.Stop.MAX_PAGES;
        };
    }

    /**
     * Counts the page in its list's tally. A page handled again (replayed from its capture after a crash) leaves the
     * tally as its first handling made it; a category index, which lists no apps, has none.
     */
    void record(WorkItem item, DiscoveryResult r, int fresh, ChannelTally.Stop stopped) {
        if (r.apps().isEmpty() && !r.lists().isEmpty()) {
            return;
        }
        Optional<ChannelTally> before = state.channel(item.chain());
        if (before.filter(b -> b.pages() > item.depth()).isPresent()) {
            return;
        }
        state.channel(item.chain(), ChannelTally.after(before, r.channel(), item.chain(), item.depth(), fresh,
                stopped));
    }
}
