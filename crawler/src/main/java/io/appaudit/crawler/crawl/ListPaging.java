package io.appaudit.crawler.crawl;

/**
 * The one paging policy of every store: a list is followed page by page while the store announces a next page, each
 * page adds apps the list had not given before, and the list stays within stores.&lt;s&gt;.max-pages. What a list gave
 * before is kept in the crawl state, so the policy holds across a resumed run.
 */
final class ListPaging {

    /** What to do after one page of a list. */
    enum Verdict {
        /** Fetch the next page. */
        FOLLOW(false),
        /** The store says the list ended (no next page). */
        ENDED(true),
        /** The page added nothing new to its list: the store repeats itself, and more pages would too. */
        NOTHING_NEW(true),
        /** The page was the last max-pages allows, and the list was still bringing new apps. */
        MAX_PAGES(false);

        private final boolean saturated;

        Verdict(boolean saturated) {
            this.saturated = saturated;
        }

        /** True when the list is known to give no more apps: more paging would find nothing. */
        boolean saturated() {
            return saturated;
        }
    }

    private final int maxPages;

    ListPaging(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("max-pages must be at least 1, was " + maxPages);
        }
        this.maxPages = maxPages;
    }

    int maxPages() {
        return maxPages;
    }

    /**
     * The verdict on a page of an id sweep: followed to the range's end, whatever its pages bring (an id without an
     * app says nothing about the next id); the range's size is bounded where it is configured, not by max-pages.
     */
    Verdict sweep(boolean hasNext) {
        return hasNext ? Verdict.FOLLOW : Verdict.ENDED;
    }

    /**
     * @param depth        the page's position in its list, 0 for the first
     * @param fresh        how many of the page's apps the list had not given before
     * @param hasNext      whether the store announced a next page
     */
    Verdict judge(int depth, int fresh, boolean hasNext) {
        if (!hasNext) {
            return Verdict.ENDED;
        }
        if (fresh == 0 && depth > 0) {
            return Verdict.NOTHING_NEW;
        }
        if (depth + 1 >= maxPages) {
            return Verdict.MAX_PAGES;
        }
        return Verdict.FOLLOW;
    }
}
