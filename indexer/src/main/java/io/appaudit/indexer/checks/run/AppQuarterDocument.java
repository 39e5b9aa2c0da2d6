package io.appaudit.indexer.checks.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.appaudit.indexer.checks.AppQuarter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One app (store and package) in one quarter, as the app-quarter index holds it: each check's outcome from the three
 * kinds of checks, the findings' statuses, and coverage. Field names: {@link AppQuarterFields}.
 *
 * @param timestamp       the app's last listed snapshot of the quarter
 * @param daysSinceUpdate the most days without an update at a crawl of the quarter, if the store shows the date
 * @param coverage        evaluated checks ÷ registered checks, six decimals
 * @param latest          the key fields of the app's latest listed snapshot of the quarter (its id, name, developer,
 *                        version, update date, category, downloads); absent values are left out
 */
public record AppQuarterDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        String store,
        @JsonProperty("package") String packageName,
        String quarter,
        boolean audited,
        long snapshots,
        Instant firstSeen,
        Instant lastSeen,
        Integer daysSinceUpdate,
        List<String> checksFailed,
        List<String> checksPassed,
        List<String> checksUnknown,
        List<String> checksInformational,
        List<String> checksEvaluated,
        List<String> checksNew,
        List<String> checksPersisting,
        List<String> checksRectified,
        List<String> familiesFailed,
        boolean flagged,
        long problems,
        double coverage,
        AppQuarter.Latest latest) {

    /**
     * The version of what a document holds, part of the check configuration's digest: a new version (1: until
     * 2026-12-07; 2: the latest snapshot's key fields) makes the next {@code check} or {@code rates} build every
     * document of a quarter again.
     */
    public static final int FORMAT = 2;

    public AppQuarterDocument {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(quarter, "quarter");
        latest = latest == null ? AppQuarter.Latest.NONE : latest;
        checksFailed = sorted(checksFailed);
        checksPassed = sorted(checksPassed);
        checksUnknown = sorted(checksUnknown);
        checksInformational = sorted(checksInformational);
        checksEvaluated = sorted(checksEvaluated);
        checksNew = sorted(checksNew);
        checksPersisting = sorted(checksPersisting);
        checksRectified = sorted(checksRectified);
        familiesFailed = sorted(familiesFailed);
        if (flagged != !checksFailed.isEmpty() || problems != checksFailed.size()) {
            throw new IllegalArgumentException("flagged and problems must follow checks_failed: " + checksFailed);
        }
    }

    private static List<String> sorted(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.size() == 1 ? List.of(values.get(0)) : List.copyOf(new TreeSet<>(values));
    }

    /** The document id: a digest of store, package and quarter. */
    public String id() {
        return id(store, packageName, quarter);
    }

    public static String id(String store, String packageName, String quarter) {
        String key = store + "\u0000" + packageName + "\u0000" + quarter;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
