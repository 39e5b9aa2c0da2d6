package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a store's run can be trusted, and if not why: it completed, it delivered listings (at least one when its
 * discovery found apps), the pages it could not fetch stayed at or under crawl.max-error-share of the pages it
 * tried, its detail endpoint did not answer 404/410 for most apps and its pages mostly parsed ({@link EndpointJudge}),
 * its adapter could read its pages, and Elasticsearch took every document of it (after the sink's retries).
 *
 * @param adapterHealthy layout problems stayed at or under {@link #ADAPTER_PROBLEM_SHARE} of the pages read
 * @param problems       why the run is unhealthy, in words; empty when it is healthy
 */
public record StoreHealth(boolean adapterHealthy, List<String> problems) {

    /** The failed apps a reason names; the crawl-run document lists them all. */
    static final int NAMED_APPS = 10;

    /** More than one page in ten unreadable means the store changed its layout, not that its apps are odd. */
    public static final double ADAPTER_PROBLEM_SHARE = 0.10;

    public StoreHealth {
        problems = List.copyOf(problems);
        if (!adapterHealthy && problems.isEmpty()) {
            throw new IllegalArgumentException("An unhealthy adapter is a health problem: say which");
        }
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** The problems in one line; empty when healthy. */
    public String reason() {
        return String.join("; ", problems);
    }

    /**
     * Judges a run by how it ended and what it counted.
     *
     * @param failureReason why a run that did not complete stopped
     * @param maxErrorShare crawl.max-error-share
     * @param neverReached  the cause in words when no connection to the store was ever made
     * @param indexFailures documents Elasticsearch did not take after the sink's retries
     * @param failedApps    the apps of those documents, each once (store, store app id and package)
     * @param endpoints     judges the store's endpoints by their answers ({@link EndpointJudge})
     */
    static StoreHealth judge(CrawlRunOutcome outcome, Optional<String> failureReason, CrawlCounters n,
                             double maxErrorShare,
                             Optional<String> neverReached, long indexFailures, List<String> failedApps,
                             EndpointJudge endpoints) {
        List<String> problems = new ArrayList<>();
        boolean completed = outcome == CrawlRunOutcome.COMPLETED;
        if (!completed) {
            // what a run stopped half-way did not deliver follows from why it stopped: that is the reason given
            problems.add(failureReason.filter(r -> !r.isBlank()).orElse(outcome.value()));
        } else {
            // a store with fewer pages to try than crawl.unreachable-after: the cause still comes first
            neverReached.ifPresent(problems::add);
        }
        // a gone endpoint or unreadable pages, whatever the outcome (a stopped run's answers count too): the cause
        // of what follows (no listings), so said first
        problems.addAll(endpoints.problems(n.answers()));
        long apps = n.get(Count.APPS_QUEUED);
        long listings = n.get(Count.LISTINGS);
        if (completed && apps > 0 && listings == 0) {
            problems.add("no listings: discovery found " + apps + (apps == 1 ? " app" : " apps") + " and none was delivered");
        }
        long errors = n.get(Count.ERRORS);
        long tried = n.get(Count.PAGES) + errors;
        if (completed && errors > 0 && errors > maxErrorShare * tried) {
            problems.add(String.format(Locale.ROOT, "%d of %d pages could not be fetched (%s, over crawl.max-error-"
                    + "share %s)", errors, tried, percent((double) errors / tried), percent(maxErrorShare)));
        }
        long pages = n.get(Count.PAGES);
        long adapterProblems = n.get(Count.ADAPTER_PROBLEMS);
        boolean adapterHealthy = adapterProblems <= ADAPTER_PROBLEM_SHARE * pages;
        if (!adapterHealthy) {
            problems.add(String.format(Locale.ROOT, "adapter: %d of %d pages unreadable (%s): the store may have "
                    + "changed its pages", adapterProblems, pages, percent((double) adapterProblems / pages)));
        }
        if (indexFailures > 0) {
            problems.add(indexFailures(indexFailures, failedApps));
        }
        return new StoreHealth(adapterHealthy, problems);
    }

    /** {@code 2 documents could not be indexed after retries, of 1 app: xiaomi 42 (com.example.app)}. */
    static String indexFailures(long documents, List<String> apps) {
        StringBuilder sb = new StringBuilder().append(documents)
                .append(documents == 1 ? " document" : " documents").append(" could not be indexed after retries");
        if (!apps.isEmpty()) {
            sb.append(", of ").append(apps.size()).append(apps.size() == 1 ? " app: " : " apps: ")
                    .append(String.join(", ", apps.subList(0, Math.min(NAMED_APPS, apps.size()))));
            if (apps.size() > NAMED_APPS) {
                sb.append(" and ").append(apps.size() - NAMED_APPS).append(" more (listed in the crawl-run document)");
            }
        }
        return sb.toString();
    }

    /** {@code 10 %}, {@code 2.5 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replaceAll("\\.0$", "") + " %";
    }
}
