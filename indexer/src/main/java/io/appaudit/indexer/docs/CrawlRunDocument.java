package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One crawl run of one store, as the crawl-runs index holds it: when it ran, how it ended and why, what it
 * fetched and found, whether the run is healthy (and why not), and whether the store's adapter looked healthy (few
 * parse problems). Field names are the
 * index's (snake_case); null means unknown and is left out. The run id (unique per store) is the document id.
 *
 * @param trigger        what started the run: "cli" or "schedule"
 * @param outcome        completed, failed or interrupted
 * @param failureReason  why a failed run stopped, e.g. "blocked: 5 consecutive 403"
 * @param adapterHealthy parse problems stayed below the threshold share of parsed pages
 * @param healthy        the run completed, delivered listings (when its discovery found apps), its unfetched pages
 *                       stayed within crawl.max-error-share and its adapter was healthy
 * @param healthReason   why the run is not healthy, in words (the failure reason first); null when healthy
 * @param requests       network exchanges with the store and its hosts (retries, redirects and probes included)
 * @param pages          frontier pages handled (discovery and listing pages)
 * @param node           the host the run ran on
 * @param indexFailedApps the apps (store, store app id and package) of the documents counted in
 *                       {@code indexFailures}, each once; null when none failed
 * @param discovery      what each discovery list (channel) of the run gave, with its saturation, at most
 *                       {@link #MAX_CHANNELS}; null when the run never got to discovery
 * @param discoveryNotSaturated how many of those lists stopped at a bound while still bringing new apps
 * @param answers        the store's answers per endpoint kind ({@code list}, {@code detail}, {@code supplement},
 *                       {@code probe}) and class ({@code ok_2xx}, {@code redirect_3xx}, {@code gone_404_410},
 *                       {@code too_many_429}, {@code other_4xx}, {@code server_5xx}, {@code transport_failure},
 *                       {@code parse_problem}); zero counts and endpoints without requests left out; null when none
 * @param notListedHeld  "not listed" answers held back when the run stopped (settled by its resumed run)
 * @param notListedWithheld "not listed" answers not recorded because the detail endpoint was judged unhealthy
 * @param listOnly       listings built from a list item alone (source {@code list}): the app's detail page could not
 *                       be had (failed after retries, or its answer withheld); not counted in {@code listings}
 */
public record CrawlRunDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        String runId,
        String store,
        String trigger,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        CrawlRunOutcome outcome,
        String failureReason,
        Boolean adapterHealthy,
        Long requests,
        Long pages,
        Long listings,
        Long unchanged,
        Long notListed,
        Long parseProblems,
        Long errors,
        Long retries,
        Long blockedResponses,
        Long indexFailures,
        String node,
        Boolean healthy,
        String healthReason,
        List<String> indexFailedApps,
        List<Channel> discovery,
        Long discoveryNotSaturated,
        // answers and health per endpoint (issue 14)
        Map<String, Map<String, Long>> answers,
        Long notListedHeld,
        Long notListedWithheld,
        Long listOnly) {

    /** The most discovery lists one document names (a store's default sweeps are a few dozen). */
    public static final int MAX_CHANNELS = 500;

    /**
     * One discovery list of a run: its kind ({@code category}, {@code search}, {@code related}, {@code id_range},
     * {@code unknown}) and key, the distinct apps it listed, the pages fetched of it, the new apps its last page
     * brought, why its walk stopped, and its saturation ({@code saturated}, {@code not_saturated}, {@code unknown}).
     */
    public record Channel(String kind, String key, Long apps, Long pages, Long lastNew, String stop,
                          String saturation) {
        public Channel {
            if (kind == null || key == null || saturation == null) {
                throw new IllegalArgumentException("A discovery channel needs its kind, key and saturation");
            }
            // store text (keywords, category ids): bounded
            key = key.length() > 120 ? key.substring(0, 120) : key;
        }
    }
    /** The field of the answers per endpoint kind and class. */
    public static final String ANSWERS = Fields.ANSWERS;

    public CrawlRunDocument {
        if (runId == null || runId.isBlank() || store == null || store.isBlank()) {
            throw new IllegalArgumentException("A crawl-run document needs a run id and a store");
        }
        if (Boolean.FALSE.equals(healthy) && (healthReason == null || healthReason.isBlank())) {
            throw new IllegalArgumentException("An unhealthy crawl run of " + store + " needs its reason");
        }
        indexFailedApps = indexFailedApps == null || indexFailedApps.isEmpty() ? null : List.copyOf(indexFailedApps);
        discovery = discovery == null || discovery.isEmpty() ? null
                : List.copyOf(discovery.subList(0, Math.min(discovery.size(), MAX_CHANNELS)));
        if (answers != null) {
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            answers.forEach((endpoint, counts) -> {
                if (counts.values().stream().anyMatch(v -> v == null || v < 0)) {
                    throw new IllegalArgumentException("Answer counts of " + store + " " + endpoint
                            + " must be counts: " + counts);
                }
                if (!counts.isEmpty()) {
                    copy.put(endpoint, Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
                }
            });
            answers = copy.isEmpty() ? null : Collections.unmodifiableMap(copy);
        }
    }

    /** A run recorded before list-only listings were counted. */
    public CrawlRunDocument(Instant timestamp, String runId, String store, String trigger, Instant startedAt,
                            Instant endedAt, Long durationMs, CrawlRunOutcome outcome, String failureReason,
                            Boolean adapterHealthy, Long requests, Long pages, Long listings, Long unchanged,
                            Long notListed, Long parseProblems, Long errors, Long retries, Long blockedResponses,
                            Long indexFailures, String node, Boolean healthy, String healthReason,
                            List<String> indexFailedApps, List<Channel> discovery, Long discoveryNotSaturated,
                            Map<String, Map<String, Long>> answers, Long notListedHeld, Long notListedWithheld) {
        this(timestamp, runId, store, trigger, startedAt, endedAt, durationMs, outcome, failureReason, adapterHealthy,
                requests, pages, listings, unchanged, notListed, parseProblems, errors, retries, blockedResponses,
                indexFailures, node, healthy, healthReason, indexFailedApps, discovery, discoveryNotSaturated, answers,
                notListedHeld, notListedWithheld, null);
    }

    /** A run without a discovery tally or answer counts (recorded before they were kept, or that never got to
     * discovery). */
    public CrawlRunDocument(Instant timestamp, String runId, String store, String trigger, Instant startedAt,
                            Instant endedAt, Long durationMs, CrawlRunOutcome outcome, String failureReason,
                            Boolean adapterHealthy, Long requests, Long pages, Long listings, Long unchanged,
                            Long notListed, Long parseProblems, Long errors, Long retries, Long blockedResponses,
                            Long indexFailures, String node, Boolean healthy, String healthReason,
                            List<String> indexFailedApps) {
        this(timestamp, runId, store, trigger, startedAt, endedAt, durationMs, outcome, failureReason, adapterHealthy,
                requests, pages, listings, unchanged, notListed, parseProblems, errors, retries, blockedResponses,
                indexFailures, node, healthy, healthReason, indexFailedApps, null, null, null, null, null, null);
    }

    /** A run of which no app is known to have failed indexing. */
    public CrawlRunDocument(Instant timestamp, String runId, String store, String trigger, Instant startedAt,
                            Instant endedAt, Long durationMs, CrawlRunOutcome outcome, String failureReason,
                            Boolean adapterHealthy, Long requests, Long pages, Long listings, Long unchanged,
                            Long notListed, Long parseProblems, Long errors, Long retries, Long blockedResponses,
                            Long indexFailures, String node, Boolean healthy, String healthReason) {
        this(timestamp, runId, store, trigger, startedAt, endedAt, durationMs, outcome, failureReason, adapterHealthy,
                requests, pages, listings, unchanged, notListed, parseProblems, errors, retries, blockedResponses,
                indexFailures, node, healthy, healthReason, (List<String>) null);
    }

    /** This run as if it had run {@code by} earlier: its time, start and end moved back, everything else kept. */
    public CrawlRunDocument datedBack(Duration by) {
        return new CrawlRunDocument(earlier(timestamp, by), runId, store, trigger, earlier(startedAt, by),
                earlier(endedAt, by), durationMs, outcome, failureReason, adapterHealthy, requests, pages, listings,
                unchanged, notListed, parseProblems, errors, retries, blockedResponses, indexFailures, node, healthy,
                healthReason, indexFailedApps, discovery, discoveryNotSaturated, answers, notListedHeld,
                notListedWithheld, listOnly);
    }

    private static Instant earlier(Instant at, Duration by) {
        return at == null ? null : at.minus(by);
    }

    /**
     * A run that failed before the crawler could count anything (no Elasticsearch session for the crawler, a store
     * whose settings are incomplete): the counts are absent, not zero.
     */
    public static CrawlRunDocument failedBeforeCounting(String runId, String store, String trigger, Instant startedAt,
                                                        Instant endedAt, String reason, String node) {
        return new CrawlRunDocument(endedAt, runId, store, trigger, startedAt, endedAt,
                endedAt.toEpochMilli() - startedAt.toEpochMilli(), CrawlRunOutcome.FAILED, reason, null, null, null,
                null, null, null, null, null, null, null, null, node, false, reason);
    }
}
