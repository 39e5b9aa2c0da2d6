package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * One problem (or informational observation) of one app in one store for one check and quarter, as the findings
 * index holds it. Its id depends only on store, package, check and quarter, so re-running the checks overwrites.
 *
 * @param timestamp   when the problem was last observed (a rectified finding: the app's last listing this quarter)
 * @param status      new, persisting or rectified, against the previous quarter
 * @param firstSeen   the first observation, carried over from the previous quarter when persisting
 * @param values      what triggered the finding, by name
 * @param snapshotId  the listing snapshot the evidence belongs to
 */
public record FindingDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        String findingId,
        String store,
        @JsonProperty("package") String packageName,
        String storeAppId,
        String name,
        String developer,
        String checkId,
        String family,
        String severity,
        Boolean informational,
        String quarter,
        FindingStatus status,
        Instant firstSeen,
        Instant lastSeen,
        String summary,
        Map<String, String> values,
        String valuesText,
        Evidence evidence,
        String sourceUrl,
        String snapshotId) {

    /** Where the proof is: the WARC file and record of the listing's exchange, its digest, and the page. */
    public record Evidence(String warcFile, String recordId, String payloadSha256, String sourceUrl) {
    }

    public FindingDocument {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The deterministic id of a finding. */
    public static String id(String store, String packageName, String checkId, String quarter) {
        String key = store + "\u0000" + packageName + "\u0000" + checkId + "\u0000" + quarter;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when this finding counts as a problem: not informational and not rectified. */
    public boolean problem() {
        return !Boolean.TRUE.equals(informational) && status != FindingStatus.RECTIFIED;
    }
}
