package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.notices.FollowUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the quarterly report shows except the evidence appendix (which is streamed, see {@link FlaggedApps}):
 * the quarter's rates exactly as {@code appaudit rates} computes them, and what the report adds around them.
 *
 * @param rates       the rates of the quarter, from {@link io.appaudit.indexer.rates.RatesService}
 * @param updateAge   per store, audited apps by days since their last update
 * @param trend       the last quarters, oldest first, the report's own quarter last
 * @param crawlHealth per store, the crawl runs of the quarter
 * @param developers  the developers with the most problems this quarter
 * @param failureSpacingSeconds the configured time between the first and the last failed probe that R4, R6, Z3 and
 *                              Z4 need (checks.failure-spacing)
 * @param apkReads    per store, the audited apps whose delivered APK was read, and why not for the others
 * @param notices     per imported notice batch, each named app's follow-up state per store (empty: none imported)
 */
public record ReportData(String quarter, Instant generatedAt, QuarterRates rates, List<UpdateAge> updateAge,
                         List<TrendQuarter> trend, List<CrawlHealth> crawlHealth, List<DeveloperProblems> developers,
                         long failureSpacingSeconds, List<ApkReads> apkReads, List<NoticeFollowUp> notices) {

    /** A report without notice batches. */
    public ReportData(String quarter, Instant generatedAt, QuarterRates rates, List<UpdateAge> updateAge,
                      List<TrendQuarter> trend, List<CrawlHealth> crawlHealth, List<DeveloperProblems> developers,
                      long failureSpacingSeconds, List<ApkReads> apkReads) {
        this(quarter, generatedAt, rates, updateAge, trend, crawlHealth, developers, failureSpacingSeconds, apkReads,
                List.of());
    }

    /** A report without the delivered-APK counts (none read). */
    public ReportData(String quarter, Instant generatedAt, QuarterRates rates, List<UpdateAge> updateAge,
                      List<TrendQuarter> trend, List<CrawlHealth> crawlHealth, List<DeveloperProblems> developers,
                      long failureSpacingSeconds) {
        this(quarter, generatedAt, rates, updateAge, trend, crawlHealth, developers, failureSpacingSeconds, List.of());
    }

    public ReportData {
        if (failureSpacingSeconds < 0) {
            throw new IllegalArgumentException("A negative failure spacing: " + failureSpacingSeconds + " s");
        }
        if (!quarter.equals(rates.quarter())) {
            throw new IllegalArgumentException("Rates of " + rates.quarter() + " in the report of " + quarter);
        }
        updateAge = List.copyOf(updateAge);
        trend = List.copyOf(trend);
        crawlHealth = List.copyOf(crawlHealth);
        developers = List.copyOf(developers);
        apkReads = List.copyOf(apkReads);
        notices = List.copyOf(notices);
    }

    /** The same report with the follow-up of the imported notice batches. */
    public ReportData withNotices(List<NoticeFollowUp> batches) {
        return new ReportData(quarter, generatedAt, rates, updateAge, trend, crawlHealth, developers,
                failureSpacingSeconds, apkReads, batches);
    }

    /**
     * One imported notice batch as its stored look-ups and the crawls' snapshots leave it: each named app in the
     * notice's order.
     */
    public record NoticeFollowUp(String batch, LocalDate published, Instant deadline, String deadlineText,
                                 List<NoticeApp> apps) {
        public NoticeFollowUp {
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(deadlineText, "deadlineText");
            apps = List.copyOf(apps);
        }
    }

    /**
     * One named app: how the notice names it, and its state in each store a look-up or a crawl answered for (empty:
     * not seen yet).
     */
    public record NoticeApp(String app, List<NoticeStore> stores) {
        public NoticeApp {
            Objects.requireNonNull(app, "app");
            stores = List.copyOf(stores);
        }
    }

    /** One store's follow-up state of one named app, for the package the notice gave or a look-up found. */
    public record NoticeStore(String store, String storeName, String packageName, FollowUp followUp) {
        public NoticeStore {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(storeName, "storeName");
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(followUp, "followUp");
        }
    }

    /**
     * A store's audited apps and their delivered APKs: how many were read (on at least one crawl of the quarter), and
     * the others by why not — the status their attempts ended in most often, or {@code not_attempted}.
     */
    public record ApkReads(String store, String storeName, long audited, long read, Map<String, Long> notRead) {
        public ApkReads {
            notRead = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(notRead));
        }
    }

    /**
     * A store's audited apps by the largest number of days without an update seen at a crawl of the quarter.
     *
     * @param unknown audited apps whose listing never gave an update date
     */
    public record UpdateAge(String store, String storeName, long audited, List<AgeBucket> buckets, long unknown) {
        public UpdateAge {
            buckets = List.copyOf(buckets);
        }
    }

    /** Apps with at least {@code fromDays} and fewer than {@code toDays} days since the update (no upper end: null). */
    public record AgeBucket(int fromDays, Integer toDays, long apps) {
    }

    /** One quarter of the trend. */
    public record TrendQuarter(String quarter, List<TrendStore> stores, long problems) {
        public TrendQuarter {
            stores = List.copyOf(stores);
        }
    }

    /** One store in one quarter of the trend: as {@code appaudit rates --quarter} gives it for that quarter. */
    public record TrendStore(String store, String storeName, long audited, Proportion flagged,
                             QuarterRates.Share share) {
    }

    /**
     * The crawl runs of one store that started or ended in the quarter, summed; and the latest of them.
     *
     * @param unhealthyRuns runs that were not healthy: failed, no listings, too many pages not fetched, or an adapter
     *                      that met too many pages it could not parse (older runs: the adapter only)
     * @param latestFailureReason why the latest run is unhealthy (its failure reason first); null when healthy
     */
    public record CrawlHealth(String store, String storeName, long runs, long completed, long failed,
                              long interrupted, long unhealthyRuns, long pages, long listings, long notListed,
                              long parseProblems, long errors, long blockedResponses, Instant latestStarted,
                              String latestOutcome, Boolean latestHealthy, String latestFailureReason,
                              Discovery latestDiscovery, Map<String, Map<String, Long>> latestAnswers,
                              long latestNotListedWithheld, long latestListOnly) {

        /**
         * @param latestDiscovery the latest run's discovery tally; null for a run recorded before one was kept
         * @param latestAnswers the latest run's answers per endpoint kind and class (crawl-runs {@code answers});
         *                      empty for a run recorded before they were counted
         * @param latestListOnly the latest run's list-only listings (built from list items, detail pages not had)
         */
        public CrawlHealth {
            latestAnswers = latestAnswers == null ? Map.of() : Map.copyOf(latestAnswers);
        }

        /** A latest run without list-only listings (or recorded before they were counted). */
        public CrawlHealth(String store, String storeName, long runs, long completed, long failed,
                           long interrupted, long unhealthyRuns, long pages, long listings, long notListed,
                           long parseProblems, long errors, long blockedResponses, Instant latestStarted,
                           String latestOutcome, Boolean latestHealthy, String latestFailureReason,
                           Discovery latestDiscovery, Map<String, Map<String, Long>> latestAnswers,
                           long latestNotListedWithheld) {
            this(store, storeName, runs, completed, failed, interrupted, unhealthyRuns, pages, listings, notListed,
                    parseProblems, errors, blockedResponses, latestStarted, latestOutcome, latestHealthy,
                    latestFailureReason, latestDiscovery, latestAnswers, latestNotListedWithheld, 0);
        }

        /** Without the latest run's discovery tally and answer counts (a run recorded before they were kept). */
        public CrawlHealth(String store, String storeName, long runs, long completed, long failed,
                           long interrupted, long unhealthyRuns, long pages, long listings, long notListed,
                           long parseProblems, long errors, long blockedResponses, Instant latestStarted,
                           String latestOutcome, Boolean latestHealthy, String latestFailureReason) {
            this(store, storeName, runs, completed, failed, interrupted, unhealthyRuns, pages, listings, notListed,
                    parseProblems, errors, blockedResponses, latestStarted, latestOutcome, latestHealthy,
                    latestFailureReason, null, Map.of(), 0, 0);
        }
    }

    /**
     * The discovery saturation of a store's latest run: its lists, how many are saturated, not saturated (stopped at a
     * bound while still bringing new apps) or unknown, the apps they found, and the first unsaturated lists by name.
     */
    public record Discovery(long lists, long saturated, long notSaturated, long unknown, long apps,
                            List<String> notSaturatedLists) {
        public Discovery {
            notSaturatedLists = List.copyOf(notSaturatedLists);
        }
    }

    /** A developer with problems in the quarter: how many, in how many apps, in which stores. */
    public record DeveloperProblems(String developer, long problems, long apps, List<String> stores) {
        public DeveloperProblems {
            stores = List.copyOf(stores);
        }
    }
}
