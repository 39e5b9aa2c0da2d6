package io.appaudit.crawler.crawl;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The running counts of one store's crawl, saved with its state at each checkpoint so that a resumed run adds up. */
public final class CrawlCounters {

    /** What is counted. */
    public enum Count {
        /** Network exchanges (retries, redirect hops, probes, robots.txt included). */
        REQUESTS,
        /** Frontier pages handled: discovery and listing pages. */
        PAGES,
        DISCOVERY_PAGES,
        LISTINGS,
        /** Listings re-confirmed by a 304. */
        UNCHANGED,
        /** Apps recorded as not listed (released once the store's detail endpoint was judged healthy). */
        NOT_LISTED,
        /** "Not listed" answers held back until the run ends and the store's detail endpoint is judged. */
        NOT_LISTED_HELD,
        /** "Not listed" answers not recorded because the store's detail endpoint was judged unhealthy. */
        NOT_LISTED_WITHHELD,
        /** Listings built from a list item alone, the app's detail page not had (not counted in LISTINGS). */
        LIST_ONLY,
        /** Listing and discovery pages the adapter could not read, any kind. */
        PARSE_PROBLEMS,
        /** Parse problems that point at the adapter (layout drift, unexpected format), not at blocking. */
        ADAPTER_PROBLEMS,
        /** Pages that could not be fetched at all. */
        ERRORS,
        RETRIES,
        /** 403, 429 and captcha answers. */
        BLOCKED_RESPONSES,
        ROBOTS_DENIED,
        APPS_QUEUED,
        DISCOVERY_QUEUED,
        /** The catalogue sizes the first pages of discovery chains announced, summed: an upper bound for ETAs. */
        ANNOUNCED_TOTAL,
        PROBES
    }

    private final Map<Count, AtomicLong> values = new EnumMap<>(Count.class);
    private final AnswerTally answers = new AnswerTally();

    public CrawlCounters() {
        for (Count c : Count.values()) {
            values.put(c, new AtomicLong());
        }
    }

    /** The store's answers per endpoint kind and class. */
    public AnswerTally answers() {
        return answers;
    }

    public long get(Count c) {
        return values.get(c).get();
    }

    void add(Count c, long n) {
        values.get(c).addAndGet(n);
    }

    void set(Count c, long n) {
        values.get(c).set(n);
    }

    void increment(Count c) {
        values.get(c).incrementAndGet();
    }

    Map<String, Long> toMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k.name().toLowerCase(Locale.ROOT), v.get()));
        answers.saveTo(m);
        return m;
    }

    void load(Map<String, Long> saved) {
        saved.forEach((k, v) -> {
            if (answers.load(k, v)) {
                return;
            }
            try {
                values.get(Count.valueOf(k.toUpperCase(Locale.ROOT))).set(v);
            } catch (IllegalArgumentException e) {
                // a counter an older version kept: ignored
            }
        });
    }
}
