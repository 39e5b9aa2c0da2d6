package io.appaudit.indexer.docs;

import java.util.List;

/**
 * The field names the code queries, sorts and aggregates on across the listings, findings and crawl-runs indices,
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

    /** The names above that the listing snapshots (the listing-fields component template) map. */
    public static final List<String> LISTINGS = List.of(TIMESTAMP, STORE, PACKAGE, QUARTER, OUTCOME, RUN_ID,
            SNAPSHOT_ID, STORE_APP_ID, DAYS_SINCE_UPDATE, EVIDENCE_RECORD_ID);
    /** The names above that the findings index maps. */
    public static final List<String> FINDINGS = List.of(TIMESTAMP, STORE, PACKAGE, QUARTER, SNAPSHOT_ID, STORE_APP_ID,
            FINDING_ID, CHECK_ID, STATUS);
    /** The names above that the crawl-runs index maps. */
    public static final List<String> CRAWL_RUNS = List.of(TIMESTAMP, STORE, OUTCOME, RUN_ID, STARTED_AT, HEALTHY);

    private Fields() {
    }
}
