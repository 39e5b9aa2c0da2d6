package io.appaudit.indexer.docs;

import io.appaudit.indexer.names.CompanyNames;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Turns what a crawl produced into the documents the indices hold, with deterministic ids. */
public final class ListingDocuments {

    private ListingDocuments() {
    }

    /**
     * The snapshot document of one result of one crawl run. Its id depends only on store, app and run, so indexing
     * the same result again (a resumed run, a replayed spool) overwrites rather than duplicates.
     */
    public static ListingDocument snapshot(ListingResult result, String runId, Instant fetchedAt,
                                           Optional<EvidenceRef> evidence, boolean unchanged) {
        String id = snapshotId(result.store().id(), result.storeAppId(), runId);
        String quarter = Quarter.of(fetchedAt).toString();
        ListingDocument.Evidence ev = evidence.map(ListingDocuments::evidence).orElse(null);
        if (result instanceof ListingResult.Listed listed) {
            Listing l = listed.listing();
            return fromListing(l, id, runId, quarter, unchanged,
                    l.evidence().map(ListingDocuments::evidence).orElse(ev));
        }
        if (result instanceof ListingResult.NotListed nl) {
            return bare(id, runId, fetchedAt, quarter, nl.store().id(), nl.storeAppId(), ListingOutcome.NOT_LISTED,
                    nl.sourceUrl(), ev, nl.reason(), null, unchanged);
        }
        var p = ((ListingResult.Problem) result).problem();
        return bare(id, runId, fetchedAt, quarter, p.store().id(), p.subject(), ListingOutcome.PARSE_PROBLEM,
                p.sourceUrl(), ev, null, new ListingDocument.Problem(p.kind().name().toLowerCase(java.util.Locale.ROOT),
                        p.missing(), p.message()), unchanged);
    }

    /** The deterministic snapshot id: a digest of store, store app id and run id. */
    public static String snapshotId(String store, String storeAppId, String runId) {
        return digest(store + "\u0000" + storeAppId + "\u0000" + runId);
    }

    /**
     * The apps-index id of a store's package: {@code store:package}, or {@code store:} and a digest of the package
     * when that would exceed Elasticsearch's 512-byte limit on ids (no real package name comes near it).
     */
    public static String appId(String store, String packageName) {
        String id = store + ":" + packageName;
        return id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES ? id : store + ":" + digest(packageName);
    }

    /** Elasticsearch refuses a document id longer than this. */
    private static final int MAX_ID_BYTES = 512;

    private static ListingDocument fromListing(Listing l, String id, String runId, String quarter, boolean unchanged,
                                               ListingDocument.Evidence ev) {
        Integer days = l.updatedAt()
                .map(u -> (int) Math.max(0, Duration.between(u.toInstant(), l.fetchedAt()).toDays())).orElse(null);
        return new ListingDocument(l.fetchedAt(), id, runId, l.store().id(), l.storeAppId(), l.packageName(),
                ListingOutcome.LISTED, unchanged, quarter,
                l.name().orElse(null), l.developer().orElse(null),
                l.developer().filter(d -> !CompanyNames.isPlaceholder(d)).map(CompanyNames::core).orElse(null),
                l.operator().orElse(null),
                l.operator().filter(d -> !CompanyNames.isPlaceholder(d)).map(CompanyNames::core).orElse(null),
                l.versionName().orElse(null), l.versionCode().orElse(null), l.updatedAt().orElse(null), days,
                l.sizeBytes().orElse(null), l.downloads().orElse(null), l.rating().orElse(null),
                l.category().orElse(null), l.shortDescription().orElse(null), l.description().orElse(null),
                l.privacyPolicyUrl().orElse(null), l.website().orElse(null), l.permissions().orElse(null),
                l.permissions().map(List::size).orElse(null), l.filingNumber().orElse(null),
                l.targetSdk().orElse(null), hash(l, Hash.Kind.MD5), hash(l, Hash.Kind.SHA256),
                hash(l, Hash.Kind.SIGNING_CERT),
                l.downloadControls().stream().map(c -> new ListingDocument.Control(
                        c.kind().name().toLowerCase(java.util.Locale.ROOT), c.label(), c.url())).toList(),
                null,
                l.related().stream().map(r -> r.storeAppId()).distinct().toList(),
                l.extras().isEmpty() ? null : l.extras(), l.sourceUrl(), ev, null, null,
                null, null, null, null, null, null, null);
    }

    private static ListingDocument bare(String id, String runId, Instant at, String quarter, String store,
                                        String appId, ListingOutcome outcome, String url, ListingDocument.Evidence ev,
                                        String reason, ListingDocument.Problem problem, boolean unchanged) {
        return new ListingDocument(at, id, runId, store, appId, null, outcome, unchanged, quarter, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, url, ev, reason, problem, null, null, null, null, null, null, null);
    }

    private static String hash(Listing l, Hash.Kind kind) {
        return l.hashes().stream().filter(h -> h.kind() == kind).map(Hash::value).findFirst().orElse(null);
    }

    private static ListingDocument.Evidence evidence(EvidenceRef e) {
        return new ListingDocument.Evidence(e.warcFile(), e.recordId(), e.payloadSha256());
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
