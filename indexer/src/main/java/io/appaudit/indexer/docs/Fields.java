package io.appaudit.indexer.docs;

import java.util.List;

/**
 * The field names the code queries, sorts and aggregates on across the listings, findings, crawl-runs and
 * shown-fields indices,
 * as their templates map them (a test checks each list against its template). The app-quarters index has its own
 * ({@code checks.run.AppQuarterFields}).
 */
public final class Fields {

    public static final String TIMESTAMP = "@timestamp";
    public static final String STORE = "store";
    public static final String PACKAGE = "package";
    public static final String QUARTER = "quarter";
    /** A snapshot's outcome ({@code listed}, {@code not_listed}, …) or a crawl run's ({@code completed}, …). */
    public static final String OUTCOME = "outcome";
    public static final String RUN_ID = "run_id";
    public static final String SNAPSHOT_ID = "snapshot_id";
    public static final String STORE_APP_ID = "store_app_id";
    public static final String DAYS_SINCE_UPDATE = "days_since_update";
    public static final String FINDING_ID = "finding_id";
    public static final String CHECK_ID = "check_id";
    public static final String STATUS = "status";
    public static final String STARTED_AT = "started_at";
    public static final String HEALTHY = "healthy";
    /** The WARC record id of a snapshot's evidence. */
    public static final String EVIDENCE_RECORD_ID = "evidence.record_id";
    /** The disclosures found on a snapshot. */
    public static final String FIELDS_FOUND = "fields_found";
    /** {@code list} on a snapshot built from a list item alone. */
    public static final String SOURCE = "source";
    /** A snapshot's developer as one keyword (the multi-field of the text). */
    public static final String DEVELOPER_KEYWORD = "developer.keyword";
    /** How the read of the APK a probe delivered ended ({@code read}, {@code ranges_not_served}, …). */
    public static final String PROBE_APK_STATUS = "probes.apk.status";
    public static final String CHECKS_FAILED = "checks_failed";
    public static final String CHECKS_PASSED = "checks_passed";
    /** A finding that observes rather than finds a problem. */
    public static final String INFORMATIONAL = "informational";
    public static final String ENDED_AT = "ended_at";
    public static final String ADAPTER_HEALTHY = "adapter_healthy";
    public static final String FAILURE_REASON = "failure_reason";
    public static final String HEALTH_REASON = "health_reason";
    /** What each discovery list of a crawl run gave. */
    public static final String DISCOVERY = "discovery";
    /** A crawl run's answers per endpoint kind and class. */
    public static final String ANSWERS = "answers";
    public static final String NOT_LISTED_WITHHELD = "not_listed_withheld";
    public static final String LIST_ONLY = "list_only";
    /** A crawl run's counts of frontier pages, listings, "not listed" answers, parse problems, errors and blocks. */
    public static final String PAGES = "pages";
    public static final String RUN_LISTINGS = "listings";
    public static final String NOT_LISTED = "not_listed";
    public static final String PARSE_PROBLEMS = "parse_problems";
    public static final String ERRORS = "errors";
    public static final String BLOCKED_RESPONSES = "blocked_responses";

    /** The names above that the listing snapshots (the listing-fields component template) map. */
    public static final List<String> LISTINGS = List.of(TIMESTAMP, STORE, PACKAGE, QUARTER, OUTCOME, RUN_ID,
            SNAPSHOT_ID, STORE_APP_ID, DAYS_SINCE_UPDATE, EVIDENCE_RECORD_ID, FIELDS_FOUND, SOURCE, DEVELOPER_KEYWORD,
            PROBE_APK_STATUS, CHECKS_FAILED, CHECKS_PASSED);
    /** The names above that the findings index maps. */
    public static final List<String> FINDINGS = List.of(TIMESTAMP, STORE, PACKAGE, QUARTER, SNAPSHOT_ID, STORE_APP_ID,
            FINDING_ID, CHECK_ID, STATUS, INFORMATIONAL);
    /** The names above that the crawl-runs index maps. */
    public static final List<String> CRAWL_RUNS = List.of(TIMESTAMP, STORE, OUTCOME, RUN_ID, STARTED_AT, HEALTHY,
            ENDED_AT, ADAPTER_HEALTHY, FAILURE_REASON, HEALTH_REASON, DISCOVERY, ANSWERS, NOT_LISTED_WITHHELD,
            LIST_ONLY, PAGES, RUN_LISTINGS, NOT_LISTED, PARSE_PROBLEMS, ERRORS, BLOCKED_RESPONSES);
    /** The names above that the shown-fields index maps. */
    public static final List<String> SHOWN_FIELDS = List.of(TIMESTAMP, STORE, QUARTER);

    private Fields() {
    }
}
