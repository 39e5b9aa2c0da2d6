package io.appaudit.indexer.checks.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * What the app-quarter documents of a quarter were built from: the listings (how many documents carry the quarter,
 * and the latest crawl time), the previous quarter's findings (statuses compare with them) and the hash of the
 * effective check configuration. Equal fingerprints mean a new evaluation would find the same.
 *
 * @param builtBy {@value #CHECK} (a check run) or {@value #MIGRATION} (built from stored findings on first use)
 */
public record CheckState(@JsonProperty("@timestamp") Instant timestamp, String quarter, String configHash,
                         long listings, Instant latestListing, long previousFindings, long apps, long packages,
                         String builtBy) {

    public static final String CHECK = "check";
    public static final String MIGRATION = "migration";

    public CheckState {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(builtBy, "builtBy");
    }

    /** True when both were built from the same listings, previous findings and configuration. */
    public boolean sameInputs(CheckState other) {
        return quarter.equals(other.quarter) && configHash.equals(other.configHash) && listings == other.listings
                && Objects.equals(latestListing, other.latestListing) && previousFindings == other.previousFindings;
    }
}
