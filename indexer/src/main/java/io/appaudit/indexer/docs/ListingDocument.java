package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One listing snapshot as indexed: a listing, a "not listed" answer, or a parse problem, from one crawl run.
 * Field names are the index's (snake_case); null means unknown and is left out of the document.
 *
 * <p>{@code checks_failed} holds the listing checks this snapshot failed on its own; whether each is a problem
 * depends on what the store shows in the quarter, which {@code appaudit check} measures (from {@code fields_found},
 * the disclosures found on the snapshot) before it writes findings. So {@code flagged} is true only for a failure
 * that no measurement can undo: a failed check that reads no store disclosure (M4, Z5). {@code apk_signer_sha256} is
 * the signer certificate read from the delivered APK's signing block, when it was read.
 */
public record ListingDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        String snapshotId,
        String runId,
        String store,
        String storeAppId,
        @JsonProperty("package") String packageName,
        ListingOutcome outcome,
        Boolean unchanged,
        String quarter,
        String name,
        String developer,
        String developerCore,
        String operator,
        String operatorCore,
        String versionName,
        Long versionCode,
        OffsetDateTime updatedAt,
        Integer daysSinceUpdate,
        Long sizeBytes,
        Long downloads,
        Double rating,
        String category,
        String shortDescription,
        String description,
        String privacyPolicyUrl,
        String website,
        List<String> permissions,
        Integer permissionCount,
        String filingNumber,
        Integer targetSdk,
        String hashMd5,
        String hashSha256,
        String hashSigningCert,
        List<Control> downloadControls,
        List<Probe> probes,
        List<String> related,
        Map<String, String> extras,
        String sourceUrl,
        Evidence evidence,
        String notListedReason,
        Problem problem,
        List<String> checksFailed,
        List<String> checksUnknown,
        List<String> checksPassed,
        List<String> familiesFailed,
        Boolean flagged,
        String apkSignerSha256,
        List<String> fieldsFound,
        String source) {

    /** {@link #source()} of a listing built from a store's list item alone, its detail page not had. */
    public static final String SOURCE_LIST = "list";

    /** A document read from its detail page (no {@code source}). */
    public ListingDocument(Instant timestamp, String snapshotId, String runId, String store, String storeAppId,
                           String packageName, ListingOutcome outcome, Boolean unchanged, String quarter, String name,
                           String developer, String developerCore, String operator, String operatorCore,
                           String versionName, Long versionCode, OffsetDateTime updatedAt, Integer daysSinceUpdate,
                           Long sizeBytes, Long downloads, Double rating, String category, String shortDescription,
                           String description, String privacyPolicyUrl, String website, List<String> permissions,
                           Integer permissionCount, String filingNumber, Integer targetSdk, String hashMd5,
                           String hashSha256, String hashSigningCert, List<Control> downloadControls,
                           List<Probe> probes, List<String> related, Map<String, String> extras, String sourceUrl,
                           Evidence evidence, String notListedReason, Problem problem, List<String> checksFailed,
                           List<String> checksUnknown, List<String> checksPassed, List<String> familiesFailed,
                           Boolean flagged, String apkSignerSha256, List<String> fieldsFound) {
        this(timestamp, snapshotId, runId, store, storeAppId, packageName, outcome, unchanged, quarter, name,
                developer, developerCore, operator, operatorCore, versionName, versionCode, updatedAt,
                daysSinceUpdate, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, permissionCount, filingNumber, targetSdk, hashMd5, hashSha256,
                hashSigningCert, downloadControls, probes, related, extras, sourceUrl, evidence, notListedReason,
                problem, checksFailed, checksUnknown, checksPassed, familiesFailed, flagged, apkSignerSha256,
                fieldsFound, null);
    }

    /** True when the listing was built from a list item alone: what the list does not show is unknown. */
    public boolean listOnly() {
        return SOURCE_LIST.equals(source);
    }

    /** This listing marked as built from a list item alone. */
    public ListingDocument fromListOnly() {
        return new ListingDocument(timestamp, snapshotId, runId, store, storeAppId, packageName, outcome, unchanged,
                quarter, name, developer, developerCore, operator, operatorCore, versionName, versionCode, updatedAt,
                daysSinceUpdate, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, permissionCount, filingNumber, targetSdk, hashMd5, hashSha256,
                hashSigningCert, downloadControls, probes, related, extras, sourceUrl, evidence, notListedReason,
                problem, checksFailed, checksUnknown, checksPassed, familiesFailed, flagged, apkSignerSha256,
                fieldsFound, SOURCE_LIST);
    }


    public record Control(String kind, String label, String url) {
    }

    /**
     * What following one link revealed, without downloading a file: a download control ({@code kind} "download"),
     * the privacy-policy link ("privacy_policy") or the developer's website ("website").
     *
     * @param inconclusive true when the probe failed for a reason of ours (our deadline cut a server that was still
     *                     sending, the crawl was stopping, its evidence could not be written): it says nothing
     *                     about the link, and the checks count it neither as a failure nor as a success
     */
    public record Probe(String kind, String controlUrl, String label, String finalUrl, Integer status, String fileName,
                        String deliveredPackage, List<String> chain, String error, Instant probedAt,
                        Boolean inconclusive, Apk apk) {

        /** A probe that says something about its link. */
        public Probe(String kind, String controlUrl, String label, String finalUrl, Integer status, String fileName,
                     String deliveredPackage, List<String> chain, String error, Instant probedAt) {
            this(kind, controlUrl, label, finalUrl, status, fileName, deliveredPackage, chain, error, probedAt, null);
        }

        /** A probe without an APK read. */
        public Probe(String kind, String controlUrl, String label, String finalUrl, Integer status, String fileName,
                     String deliveredPackage, List<String> chain, String error, Instant probedAt,
                     Boolean inconclusive) {
            this(kind, controlUrl, label, finalUrl, status, fileName, deliveredPackage, chain, error, probedAt,
                    inconclusive, null);
        }

        /** This probe with what was read of the APK it delivered. */
        public Probe withApk(Apk read) {
            return new Probe(kind, controlUrl, label, finalUrl, status, fileName, deliveredPackage, chain, error,
                    probedAt, inconclusive, read);
        }

        /** True when the probe failed for a reason of ours and says nothing about the link. */
        public boolean failedOnOurSide() {
            return Boolean.TRUE.equals(inconclusive);
        }
    }

    /**
     * What was read of the APK a download control delivered, by byte ranges (AUDIT-RULES "The delivered APK").
     * {@code status} is {@value #APK_READ} when the manifest and signing block were read; any other status
     * ({@code ranges_not_served}, {@code over_budget}, {@code not_an_apk}, {@code unreadable}, {@code failed})
     * leaves the APK facts unknown and {@code reason} says why in words. {@code signerSha256} are the SHA-256
     * digests of the signer certificates (lower-case hex), {@code lineageSha256} the v3 proof-of-rotation lineage,
     * oldest first, when present; {@code schemes} the signature schemes found (v1, v2, v3); {@code evidence} the
     * WARC record ids of the range exchanges; {@code cachedFrom} the snapshot whose read was reused, when it was.
     */
    public record Apk(String status, String reason, @JsonProperty("package") String packageName, Long versionCode,
                      String versionName, Integer minSdk, Integer targetSdk, List<String> permissions,
                      List<String> signerSha256, List<String> lineageSha256, List<String> schemes, Integer requests,
                      Long bytesRead, Long contentLength, String etag, String lastModified, String finalUrl,
                      List<String> evidence, String cachedFrom, Instant readAt) {

        public Apk {
            permissions = permissions == null ? null : List.copyOf(permissions);
            signerSha256 = signerSha256 == null ? null : List.copyOf(signerSha256);
            lineageSha256 = lineageSha256 == null ? null : List.copyOf(lineageSha256);
            schemes = schemes == null ? null : List.copyOf(schemes);
            evidence = evidence == null ? null : List.copyOf(evidence);
        }

        /** True when the APK's facts were read (package, versions, permissions, signers). */
        public boolean read() {
            return APK_READ.equals(status);
        }
    }

    /** {@link Apk#status()} of an APK whose facts were read. */
    public static final String APK_READ = "read";

    public record Evidence(String warcFile, String recordId, String payloadSha256) {
    }

    public record Problem(String kind, List<String> missing, String message) {
    }

    /** This document with the check outcomes and the fields found filled in. */
    public ListingDocument withChecks(List<String> failed, List<String> unknown, List<String> passed,
                                      List<String> families, List<String> found, boolean flaggedAlone) {
        return new ListingDocument(timestamp, snapshotId, runId, store, storeAppId, packageName, outcome, unchanged,
                quarter, name, developer, developerCore, operator, operatorCore, versionName, versionCode, updatedAt,
                daysSinceUpdate, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, permissionCount, filingNumber, targetSdk, hashMd5, hashSha256,
                hashSigningCert, downloadControls, probes, related, extras, sourceUrl, evidence, notListedReason,
                problem, List.copyOf(failed), List.copyOf(unknown), List.copyOf(passed), List.copyOf(families),
                flaggedAlone, apkSignerSha256, List.copyOf(found), source);
    }

    /** This document with download probe results. */
    public ListingDocument withProbes(List<Probe> newProbes) {
        return new ListingDocument(timestamp, snapshotId, runId, store, storeAppId, packageName, outcome, unchanged,
                quarter, name, developer, developerCore, operator, operatorCore, versionName, versionCode, updatedAt,
                daysSinceUpdate, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, permissionCount, filingNumber, targetSdk, hashMd5, hashSha256,
                hashSigningCert, downloadControls, List.copyOf(newProbes), related, extras, sourceUrl, evidence,
                notListedReason, problem, checksFailed, checksUnknown, checksPassed, familiesFailed, flagged,
                apkSignerSha256, fieldsFound, source);
    }

    /**
     * This document outside every quarter's population: a look-up's snapshot (an app asked for by name, not met by a
     * crawl) is evidence of its own, and counting it would bias a quarter's rates towards the apps a notice names.
     */
    public ListingDocument outsideQuarters() {
        return new ListingDocument(timestamp, snapshotId, runId, store, storeAppId, packageName, outcome, unchanged,
                null, name, developer, developerCore, operator, operatorCore, versionName, versionCode, updatedAt,
                daysSinceUpdate, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, permissionCount, filingNumber, targetSdk, hashMd5, hashSha256,
                hashSigningCert, downloadControls, probes, related, extras, sourceUrl, evidence,
                notListedReason, problem, checksFailed, checksUnknown, checksPassed, familiesFailed, flagged,
                apkSignerSha256, fieldsFound, source);
    }
}
