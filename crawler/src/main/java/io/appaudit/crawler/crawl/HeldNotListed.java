package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.stores.StoreId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the "not listed" answers a completed run held back (see {@link CrawlState#heldPages()}): recorded when
 * the store's detail endpoint answered as a working one, withheld when it did not, so that an endpoint the store
 * moved or dropped never reads as a catalogue of removed apps. A run that stops keeps them held: its resumed run
 * settles them when it completes.
 */
final class HeldNotListed {

    private static final Logger log = LoggerFactory.getLogger(HeldNotListed.class);

    private final StoreId store;
    private final CrawlState state;
    private final CrawlCounters counters;
    private final EndpointJudge judge;

    HeldNotListed(StoreId store, CrawlState state, CrawlCounters counters, EndpointJudge judge) {
        this.store = store;
        this.state = state;
        this.counters = counters;
        this.judge = judge;
    }

    /**
     * Records or withholds the held answers; counters change only once all of them are settled, so that a crash
     * half-way leaves the counts of the held state (a resumed run holds the released pages again and settles anew).
     *
     * @param handler records one held page's answer
     * @param stopped whether the store was stopped meanwhile (Elasticsearch refusing): the rest stay held
     */
    void settle(PageHandler handler, BooleanSupplier stopped) {
        List<String> held = state.heldPages();
        if (held.isEmpty()) {
            counters.set(Count.NOT_LISTED_HELD, 0);
            return;
        }
        if (!judge.detailHealthy(counters.answers())) {
            // the apps the lists showed stay covered by list-only listings; none is recorded as not listed
            for (String key : held) {
                if (stopped.getAsBoolean()) {
                    return;
                }
                handler.listOnly(key);
            }
            state.withheld(held);
            counters.add(Count.NOT_LISTED_WITHHELD, held.size());
            counters.set(Count.NOT_LISTED_HELD, 0);
            log.warn("{}: {} \"not listed\" answer(s) not recorded: the detail endpoint is not healthy", store,
                    held.size());
            return;
        }
        long released = 0;
        for (String key : held) {
            if (stopped.getAsBoolean()) {
                return;
            }
            if (handler.release(key)) {
                released++;
            }
        }
        if (stopped.getAsBoolean()) {
            return;
        }
        if (released < held.size()) {
            log.warn("{}: {} held \"not listed\" answer(s) could not be read again from their captures: not recorded",
                    store, held.size() - released);
        }
        counters.add(Count.NOT_LISTED, released);
        counters.set(Count.NOT_LISTED_HELD, 0);
    }
}
