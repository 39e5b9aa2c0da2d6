package io.appaudit.indexer.checks.run;

import java.util.List;

/**
 * The field names of the app-quarter index ({@code <prefix>-app-quarters}), as its template maps them; the rates'
 * aggregations and the Kibana saved objects read these (a test checks them against the mapping).
 */
public final class AppQuarterFields {

    public static final String TIMESTAMP = "@timestamp";
    public static final String STORE = "store";
    public static final String PACKAGE = "package";
    public static final String QUARTER = "quarter";
    public static final String AUDITED = "audited";
    public static final String SNAPSHOTS = "snapshots";
    public static final String FIRST_SEEN = "first_seen";
    public static final String LAST_SEEN = "last_seen";
    public static final String DAYS_SINCE_UPDATE = "days_since_update";
    /** Checks with a problem: a finding neither informational nor rectified. */
    public static final String CHECKS_FAILED = "checks_failed";
    /** Checks evaluated without a problem or an informational finding. */
    public static final String CHECKS_PASSED = "checks_passed";
    /** Checks that could not be evaluated for the app (never a problem, never a pass). */
    public static final String CHECKS_UNKNOWN = "checks_unknown";
    /** Checks with an informational finding (a related entity). */
    public static final String CHECKS_INFORMATIONAL = "checks_informational";
    /** Checks that could be evaluated (the rates' denominators and coverage). */
    public static final String CHECKS_EVALUATED = "checks_evaluated";
    public static final String CHECKS_NEW = "checks_new";
    public static final String CHECKS_PERSISTING = "checks_persisting";
    public static final String CHECKS_RECTIFIED = "checks_rectified";
    public static final String FAMILIES_FAILED = "families_failed";
    public static final String FLAGGED = "flagged";
    public static final String PROBLEMS = "problems";
    public static final String COVERAGE = "coverage";
    /** The key fields of the app's latest listed snapshot of the quarter: an object of the fields below. */
    public static final String LATEST = "latest";
    public static final String LATEST_SNAPSHOT_ID = "latest.snapshot_id";
    public static final String LATEST_NAME = "latest.name";
    public static final String LATEST_DEVELOPER = "latest.developer";
    public static final String LATEST_VERSION_NAME = "latest.version_name";
    public static final String LATEST_VERSION_CODE = "latest.version_code";
    public static final String LATEST_UPDATED_AT = "latest.updated_at";
    public static final String LATEST_CATEGORY = "latest.category";
    public static final String LATEST_DOWNLOADS = "latest.downloads";

    /** Every field, as the template maps them. */
    public static final List<String> ALL = List.of(TIMESTAMP, STORE, PACKAGE, QUARTER, AUDITED, SNAPSHOTS,
            FIRST_SEEN, LAST_SEEN, DAYS_SINCE_UPDATE, CHECKS_FAILED, CHECKS_PASSED, CHECKS_UNKNOWN,
            CHECKS_INFORMATIONAL, CHECKS_EVALUATED, CHECKS_NEW, CHECKS_PERSISTING, CHECKS_RECTIFIED, FAMILIES_FAILED,
            FLAGGED, PROBLEMS, COVERAGE, LATEST);

    /** The fields of {@link #LATEST}, as the template maps them. */
    public static final List<String> LATEST_FIELDS = List.of(LATEST_SNAPSHOT_ID, LATEST_NAME, LATEST_DEVELOPER,
            LATEST_VERSION_NAME, LATEST_VERSION_CODE, LATEST_UPDATED_AT, LATEST_CATEGORY, LATEST_DOWNLOADS);

    private AppQuarterFields() {
    }
}
