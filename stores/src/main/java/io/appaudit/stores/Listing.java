package io.appaudit.stores;

import io.appaudit.stores.kit.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One store listing at one moment. Unknown is explicit: an absent Optional, never an empty string or a zero.
 * The package name is the cross-store join key and is always known for a listing.
 *
 * @param updatedAt   the store's "updated" date, in the store's time zone (China time unless it says otherwise)
 * @param rating      average rating on a 0–5 scale
 * @param permissions the permission list as shown before download; absent when the page shows none at all
 * @param extras      store-specific values worth keeping (review badges, "official" flags), keyed by name
 */
public record Listing(
        StoreId store,
        String storeAppId,
        String packageName,
        Optional<String> name,
        Optional<String> developer,
        Optional<String> operator,
        Optional<String> versionName,
        Optional<Long> versionCode,
        Optional<OffsetDateTime> updatedAt,
        Optional<Long> sizeBytes,
        Optional<Long> downloads,
        Optional<Double> rating,
        Optional<String> category,
        Optional<String> shortDescription,
        Optional<String> description,
        Optional<String> privacyPolicyUrl,
        Optional<String> website,
        Optional<List<String>> permissions,
        Optional<String> filingNumber,
        Optional<Integer> targetSdk,
        List<Hash> hashes,
        List<DownloadControl> downloadControls,
        List<AppRef> related,
        Map<String, String> extras,
        String sourceUrl,
        Instant fetchedAt,
        Optional<EvidenceRef> evidence) {

    public Listing {
        Objects.requireNonNull(store, "store");
        requireText(storeAppId, "storeAppId");
        requireText(packageName, "packageName");
        requireText(sourceUrl, "sourceUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        name = nonBlank(name, "name");
        developer = nonBlank(developer, "developer");
        operator = nonBlank(operator, "operator");
        versionName = nonBlank(versionName, "versionName");
        category = nonBlank(category, "category");
        shortDescription = nonBlank(shortDescription, "shortDescription");
        description = nonBlank(description, "description");
        privacyPolicyUrl = nonBlank(privacyPolicyUrl, "privacyPolicyUrl");
        website = nonBlank(website, "website");
        filingNumber = nonBlank(filingNumber, "filingNumber");
        Objects.requireNonNull(versionCode, "versionCode");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(evidence, "evidence");
        sizeBytes = positive(sizeBytes, "sizeBytes");
        downloads = nonNegative(downloads, "downloads");
        Objects.requireNonNull(rating, "rating");
        rating.ifPresent(r -> {
            if (r < 0 || r > 5 || r.isNaN()) {
                throw new IllegalArgumentException("rating " + r + " is outside 0–5: normalise it in the adapter");
            }
        });
        Objects.requireNonNull(targetSdk, "targetSdk");
        permissions = Objects.requireNonNull(permissions, "permissions").map(List::copyOf);
        hashes = List.copyOf(hashes);
        downloadControls = List.copyOf(downloadControls);
        related = List.copyOf(related);
        extras = Map.copyOf(extras);
    }

    /** A builder for adapters, which learn fields one at a time; every field starts unknown. */
    public static Builder builder(StoreId store, String storeAppId, String packageName) {
        return new Builder(store, storeAppId, packageName);
    }

    /** This listing, with its evidence attached (the crawler knows it only after writing the WARC record). */
    public Listing withEvidence(EvidenceRef ref) {
        return new Listing(store, storeAppId, packageName, name, developer, operator, versionName, versionCode,
                updatedAt, sizeBytes, downloads, rating, category, shortDescription, description,
                privacyPolicyUrl, website, permissions, filingNumber, targetSdk, hashes, downloadControls,
                related, extras, sourceUrl, fetchedAt, Optional.of(ref));
    }

    private static void requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("Listing." + field + " must be non-blank");
        }
    }

    private static Optional<String> nonBlank(Optional<String> s, String field) {
        Objects.requireNonNull(s, field);
        if (s.isEmpty()) {
            return s;
        }
        String clean = Text.clean(s.get());
        // a value already clean (the usual case) keeps its Optional
        return clean == s.get() ? s : Optional.ofNullable(clean);
    }

    private static Optional<Long> positive(Optional<Long> n, String field) {
        Objects.requireNonNull(n, field);
        return n.filter(v -> v > 0);
    }

    private static Optional<Long> nonNegative(Optional<Long> n, String field) {
        Objects.requireNonNull(n, field);
        return n.filter(v -> v >= 0);
    }

    /** Collects a listing's fields; setters accept null for "unknown". */
    public static final class Builder {
        private final StoreId store;
        private final String storeAppId;
        private final String packageName;
        private String name;
        private String developer;
        private String operator;
        private String versionName;
        private Long versionCode;
        private OffsetDateTime updatedAt;
        private Long sizeBytes;
        private Long downloads;
        private Double rating;
        private String category;
        private String shortDescription;
        private String description;
        private String privacyPolicyUrl;
        private String website;
        private List<String> permissions;
        private String filingNumber;
        private Integer targetSdk;
        private final List<Hash> hashes = new ArrayList<>();
        private final List<DownloadControl> downloadControls = new ArrayList<>();
        private final List<AppRef> related = new ArrayList<>();
        private final Map<String, String> extras = new LinkedHashMap<>();
        private String sourceUrl;
        private Instant fetchedAt;
        private EvidenceRef evidence;

        private Builder(StoreId store, String storeAppId, String packageName) {
            this.store = store;
            this.storeAppId = storeAppId;
            this.packageName = packageName;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder developer(String v) { developer = v; return this; }
        public Builder operator(String v) { operator = v; return this; }
        public Builder versionName(String v) { versionName = v; return this; }
        public Builder versionCode(Long v) { versionCode = v; return this; }
        public Builder updatedAt(OffsetDateTime v) { updatedAt = v; return this; }
        public Builder sizeBytes(Long v) { sizeBytes = v; return this; }
        public Builder downloads(Long v) { downloads = v; return this; }
        public Builder rating(Double v) { rating = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder shortDescription(String v) { shortDescription = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder privacyPolicyUrl(String v) { privacyPolicyUrl = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder permissions(List<String> v) { permissions = v; return this; }
        public Builder filingNumber(String v) { filingNumber = v; return this; }
        public Builder targetSdk(Integer v) { targetSdk = v; return this; }
        public Builder sourceUrl(String v) { sourceUrl = v; return this; }
        public Builder fetchedAt(Instant v) { fetchedAt = v; return this; }
        public Builder evidence(EvidenceRef v) { evidence = v; return this; }

        public Builder addHash(Hash.Kind kind, String value) {
            Text.present(value).ifPresent(v -> hashes.add(new Hash(kind, v)));
            return this;
        }

        public Builder addDownloadControl(DownloadControl.Kind kind, String label, String url) {
            String u = Text.clean(url);
            if (u != null) {
                downloadControls.add(new DownloadControl(kind, Objects.requireNonNullElse(Text.clean(label), ""), u));
            }
            return this;
        }

        public Builder addRelated(AppRef ref) {
            related.add(ref);
            return this;
        }

        public Builder extra(String key, String value) {
            Text.present(value).ifPresent(v -> extras.put(key, v));
            return this;
        }

        public Listing build() {
            return new Listing(store, storeAppId, packageName, Optional.ofNullable(name),
                    Optional.ofNullable(developer), Optional.ofNullable(operator), Optional.ofNullable(versionName),
                    Optional.ofNullable(versionCode), Optional.ofNullable(updatedAt), Optional.ofNullable(sizeBytes),
                    Optional.ofNullable(downloads), Optional.ofNullable(rating), Optional.ofNullable(category),
                    Optional.ofNullable(shortDescription), Optional.ofNullable(description),
                    Optional.ofNullable(privacyPolicyUrl), Optional.ofNullable(website),
                    Optional.ofNullable(permissions), Optional.ofNullable(filingNumber),
                    Optional.ofNullable(targetSdk), hashes, downloadControls, related, extras, sourceUrl,
                    fetchedAt, Optional.ofNullable(evidence));
        }
    }
}
