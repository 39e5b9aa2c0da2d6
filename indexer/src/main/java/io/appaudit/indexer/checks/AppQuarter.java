package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One app (a store's package) over one quarter's listed snapshots, as the quarter scan's aggregations summarise it:
 * what the listing checks recorded, which probes were made, the developers and hashes shown.
 *
 * @param failed        per listing check that failed in at least one snapshot: when, and the latest such snapshot
 * @param passed        listing checks evaluated in at least one snapshot and failed in none
 * @param probeKinds    the kinds of link probed in the quarter
 * @param probeFailures first and last probe time of snapshots with a failed probe, if any
 * @param developerOperators developer and operator cores named together by a snapshot (only with evidence)
 * @param filingDevelopers   filing numbers and the developer cores named with them (only with evidence)
 * @param certHashes    signing-certificate digests the store published (Xiaomi's {@code releaseKeyHash})
 * @param apkSigners    signer certificate SHA-256 read from the delivered APK's signing block (the legacy
 *                      {@code apk_signer_sha256} field)
 * @param apks          what the quarter's snapshots read of their delivered APKs ({@code probes.apk.*})
 * @param latest        the key fields of the app's latest listed snapshot of the quarter
 */
public record AppQuarter(StoreId store, String packageName, long snapshots, Instant firstSeen, Instant lastSeen,
                         Map<CheckId, FailedCheck> failed, Set<CheckId> passed, Set<String> probeKinds,
                         Optional<Span> probeFailures, Set<String> developerCores, Set<String> certHashes,
                         Map<Long, Set<String>> md5ByVersion, Map<Long, Set<String>> sha256ByVersion,
                         OptionalInt maxDaysSinceUpdate, Set<NamePair> developerOperators,
                         Set<NamePair> filingDevelopers, Set<String> apkSigners, Apks apks, Latest latest) {

    /** An app's quarter without anything read of its delivered APKs. */
    public AppQuarter(StoreId store, String packageName, long snapshots, Instant firstSeen, Instant lastSeen,
                      Map<CheckId, FailedCheck> failed, Set<CheckId> passed, Set<String> probeKinds,
                      Optional<Span> probeFailures, Set<String> developerCores, Set<String> certHashes,
                      Map<Long, Set<String>> md5ByVersion, Map<Long, Set<String>> sha256ByVersion,
                      OptionalInt maxDaysSinceUpdate, Set<NamePair> developerOperators,
                      Set<NamePair> filingDevelopers, Set<String> apkSigners) {
        this(store, packageName, snapshots, firstSeen, lastSeen, failed, passed, probeKinds, probeFailures,
                developerCores, certHashes, md5ByVersion, sha256ByVersion, maxDaysSinceUpdate, developerOperators,
                filingDevelopers, apkSigners, Apks.NONE);
    }

    /** An app's quarter without its latest snapshot's key fields. */
    public AppQuarter(StoreId store, String packageName, long snapshots, Instant firstSeen, Instant lastSeen,
                      Map<CheckId, FailedCheck> failed, Set<CheckId> passed, Set<String> probeKinds,
                      Optional<Span> probeFailures, Set<String> developerCores, Set<String> certHashes,
                      Map<Long, Set<String>> md5ByVersion, Map<Long, Set<String>> sha256ByVersion,
                      OptionalInt maxDaysSinceUpdate, Set<NamePair> developerOperators,
                      Set<NamePair> filingDevelopers, Set<String> apkSigners, Apks apks) {
        this(store, packageName, snapshots, firstSeen, lastSeen, failed, passed, probeKinds, probeFailures,
                developerCores, certHashes, md5ByVersion, sha256ByVersion, maxDaysSinceUpdate, developerOperators,
                filingDevelopers, apkSigners, apks, Latest.NONE);
    }

    /**
     * What the app's latest listed snapshot of the quarter showed (newest, ties by snapshot id), as Elasticsearch
     * indexed it: a name or developer over the keyword's 256 characters, or a value the store did not show, is null.
     */
    public record Latest(String snapshotId, String name, String developer, String versionName, Long versionCode,
                         Instant updatedAt, String category, Long downloads) {
        public static final Latest NONE = new Latest(null, null, null, null, null, null, null, null);
    }

    /**
     * The delivered APKs' facts over the quarter, as aggregated: each signer certificate read (with when, its v3
     * lineage and the evidence records of the snapshots that read it), the version codes and names the APKs and the
     * pages gave.
     */
    public record Apks(Map<String, Signer> signers, Set<Long> versionCodes, Set<String> versionNames,
                       Set<Long> pageVersionCodes, Set<String> pageVersionNames) {

        public static final Apks NONE = new Apks(Map.of(), Set.of(), Set.of(), Set.of(), Set.of());

        public Apks {
            signers = Map.copyOf(signers);
            versionCodes = Set.copyOf(versionCodes);
            versionNames = Set.copyOf(versionNames);
            pageVersionCodes = Set.copyOf(pageVersionCodes);
            pageVersionNames = Set.copyOf(pageVersionNames);
        }

        /** True when some snapshot read a delivered APK's version. */
        public boolean versionsRead() {
            return !versionCodes.isEmpty() || !versionNames.isEmpty();
        }
    }

    /**
     * One signer certificate (SHA-256) read from delivered APKs: the first and last snapshot that read it, the v3
     * lineage certificates read with it, and WARC record ids of the range exchanges.
     */
    public record Signer(Instant first, Instant last, Set<String> lineage, Set<String> evidence) {
        public Signer {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            lineage = Set.copyOf(lineage);
            evidence = Set.copyOf(evidence);
        }
    }

    /** Two values one snapshot shows together. */
    public record NamePair(String first, String second) {
    }

    /** A listing check's failures over the quarter. */
    public record FailedCheck(Instant first, Instant last, Optional<ListingDocument> latest) {
    }

    /** A time span. */
    public record Span(Instant first, Instant last) {
    }

    public AppQuarter {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(packageName, "packageName");
        failed = Map.copyOf(failed);
        passed = Set.copyOf(passed);
        probeKinds = Set.copyOf(probeKinds);
        developerCores = Set.copyOf(developerCores);
        certHashes = Set.copyOf(certHashes);
        md5ByVersion = Map.copyOf(md5ByVersion);
        sha256ByVersion = Map.copyOf(sha256ByVersion);
        developerOperators = Set.copyOf(developerOperators);
        filingDevelopers = Set.copyOf(filingDevelopers);
        apkSigners = Set.copyOf(apkSigners);
        Objects.requireNonNull(apks, "apks");
        Objects.requireNonNull(latest, "latest");
    }

    /** True when a listing check was evaluated in at least one snapshot (passed, informational or failed). */
    public boolean evaluated(CheckId listingCheck) {
        return failed.containsKey(listingCheck) || passed.contains(listingCheck);
    }
}
