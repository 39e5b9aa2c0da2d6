package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param outcome        {@link #COMPLETED}, {@link #FAILED} or {@link #INTERRUPTED}
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
 * @param answers        the store's answers per endpoint kind ({@code list}, {@code detail}, {@code supplement},
 *                       {@code probe}) and class ({@code ok_2xx}, {@code redirect_3xx}, {@code gone_404_410},
 *                       {@code too_many_429}, {@code other_4xx}, {@code server_5xx}, {@code transport_failure},
 *                       {@code parse_problem}); zero counts and endpoints without requests left out; null when none
 * @param notListedHeld  "not listed" answers held back when the run stopped (settled by its resumed run)
 * @param notListedWithheld "not listed" answers not recorded because the detail endpoint was judged unhealthy
 */
public record CrawlRunDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        String runId,
        String store,
        String trigger,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        String outcome,
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
        // answers and health per endpoint (issue 14): template crawl-runs version 4
        Map<String, Map<String, Long>> answers,
        Long notListedHeld,
        Long notListedWithheld) {

    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    /** The field of the answers per endpoint kind and class. */
    public static final String ANSWERS = "answers";

    public CrawlRunDocument {
        if (runId == null || runId.isBlank() || store == null || store.isBlank()) {
            throw new IllegalArgumentException("A crawl-run document needs a run id and a store");
        }
        if (outcome != null && !outcome.equals(COMPLETED) && !outcome.equals(FAILED) && !outcome.equals(INTERRUPTED)) {
            throw new IllegalArgumentException("Unknown crawl-run outcome '" + outcome + "'");
        }
        if (Boolean.FALSE.equals(healthy) && (healthReason == null || healthReason.isBlank())) {
            throw new IllegalArgumentException("An unhealthy crawl run of " + store + " needs its reason");
        }
        indexFailedApps = indexFailedApps == null || indexFailedApps.isEmpty() ? null : List.copyOf(indexFailedApps);
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

    /** A run whose answers were not counted. */
    public CrawlRunDocument(Instant timestamp, String runId, String store, String trigger, Instant startedAt,
                            Instant endedAt, Long durationMs, String outcome, String failureReason,
                            Boolean adapterHealthy, Long requests, Long pages, Long listings, Long unchanged,
                            Long notListed, Long parseProblems, Long errors, Long retries, Long blockedResponses,
                            Long indexFailures, String node, Boolean healthy, String healthReason,
                            List<String> indexFailedApps) {
        this(timestamp, runId, store, trigger, startedAt, endedAt, durationMs, outcome, failureReason, adapterHealthy,
                requests, pages, listings, unchanged, notListed, parseProblems, errors, retries, blockedResponses,
                indexFailures, node, healthy, healthReason, indexFailedApps, null, null, null);
    }

    /** A run of which no app is known to have failed indexing. */
    public CrawlRunDocument(Instant timestamp, String runId, String store, String trigger, Instant startedAt,
                            Instant endedAt, Long durationMs, String outcome, String failureReason,
                            Boolean adapterHealthy, Long requests, Long pages, Long listings, Long unchanged,
                            Long notListed, Long parseProblems, Long errors, Long retries, Long blockedResponses,
                            Long indexFailures, String node, Boolean healthy, String healthReason) {
        this(timestamp, runId, store, trigger, startedAt, endedAt, durationMs, outcome, failureReason, adapterHealthy,
                requests, pages, listings, unchanged, notListed, parseProblems, errors, retries, blockedResponses,
                indexFailures, node, healthy, healthReason, null);
    }
}
