package io.appaudit.crawler.apk;

import io.appaudit.crawler.config.ApkConfig;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.Listing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the APK at the end of a download probe, by byte ranges and within the configured budget, unless it was read
 * before ({@link ApkCache}); a failure is a status with a reason, never an exception and never a finding.
 */
public final class ApkReading {

    public static final String APK_TYPE = "application/vnd.android.package-archive";
    private static final Pattern TOTAL = Pattern.compile("bytes\\s+[\\d*-]+/(\\d+)");

    private final FetchClient client;
    private final ApkReader reader;
    private final ApkCache cache;

    public ApkReading(FetchClient client, ApkConfig config, ApkCache cache) {
        this.client = client;
        this.reader = new ApkReader(config.maxRequests(), config.maxBytes());
        this.cache = cache;
    }

    /** Whether a download answer is an APK: a success, and an .apk file name or the APK content type. */
    public static boolean deliversApk(int status, Optional<String> fileName, Optional<String> contentType) {
        return status >= 200 && status < 300
                && (fileName.map(n -> n.toLowerCase(Locale.ROOT).endsWith(".apk")).orElse(false)
                || contentType.map(t -> t.toLowerCase(Locale.ROOT).startsWith(APK_TYPE)).orElse(false));
    }

    /**
     * What the APK at {@code finalUrl} holds.
     *
     * @param headers    the download probe's answer headers (size, ETag, Last-Modified: the cache keys)
     * @param snapshotId the listing snapshot the read is for (kept as {@code cachedFrom} when it is reused)
     */
    public ListingDocument.Apk read(Listing listing, String finalUrl, Map<String, String> headers,
                                    String snapshotId) {
        List<String> keys = ApkKeys.of(finalUrl, size(headers), header(headers, "ETag"),
                header(headers, "Last-Modified"), listing.hashes());
        OptionalLong declared = size(headers);
        // the same URL serving a file of another size is another file
        Optional<ApkCache.Entry> known = cache.find(keys).filter(e -> declared.isEmpty()
                || e.apk().contentLength() == null || e.apk().contentLength() == declared.getAsLong());
        if (known.isPresent()) {
            ApkCache.Entry e = known.get();
            if (!e.keys().containsAll(keys)) {
                List<String> merged = new ArrayList<>(new LinkedHashSet<>(e.keys()));
                keys.stream().filter(k -> !merged.contains(k)).forEach(merged::add);
                cache.put(merged, e.snapshotId(), e.apk());
            }
            return reused(e);
        }
        HttpRangeSource source = new HttpRangeSource(client, listing.store(), finalUrl);
        ListingDocument.Apk apk;
        try {
            ApkFacts f = reader.read(source);
            Manifest m = f.manifest();
            Signers s = f.signers();
            apk = new ListingDocument.Apk(ApkStatus.READ,
                    s.signerSha256().isEmpty() ? "no v1, v2 or v3 signature: the APK is unsigned" : null,
                    m.packageName(), m.versionCode().orElse(null), m.versionName().orElse(null),
                    m.minSdk().orElse(null), m.targetSdk().orElse(null), m.permissions(), s.signerSha256(),
                    s.lineageSha256().isEmpty() ? null : s.lineageSha256(), s.schemes(), source.requests(),
                    source.bytesRead(), sizeOrNull(source), source.etag().orElse(null),
                    source.lastModified().orElse(null), finalUrl, source.evidence(), null, Instant.now());
        } catch (ApkReadException e) {
            apk = new ListingDocument.Apk(e.status(), e.getMessage(), null, null, null, null, null, null, null, null,
                    null, source.requests(), source.bytesRead(), sizeOrNull(source), source.etag().orElse(null),
                    source.lastModified().orElse(null), finalUrl, source.evidence(), null, Instant.now());
        }
        if (!ApkStatus.FAILED.equals(apk.status())) {
            List<String> all = new ArrayList<>(keys);
            if (source.size() >= 0) {
                ApkKeys.of(finalUrl, OptionalLong.of(source.size()), source.etag(), source.lastModified(),
                        List.of()).stream().filter(k -> !all.contains(k)).forEach(all::add);
            }
            cache.put(all, snapshotId, apk);
        }
        return apk;
    }

    /** A read reused: no request made now, the earlier evidence, the snapshot it was read for. */
    private static ListingDocument.Apk reused(ApkCache.Entry e) {
        ListingDocument.Apk a = e.apk();
        return new ListingDocument.Apk(a.status(), a.reason(), a.packageName(), a.versionCode(), a.versionName(),
                a.minSdk(), a.targetSdk(), a.permissions(), a.signerSha256(), a.lineageSha256(), a.schemes(), 0, 0L,
                a.contentLength(), a.etag(), a.lastModified(), a.finalUrl(), a.evidence(), e.snapshotId(),
                a.readAt());
    }

    private static Long sizeOrNull(HttpRangeSource s) {
        return s.size() >= 0 ? s.size() : null;
    }

    private static Optional<String> header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The file's size: the total of a Content-Range (a ranged probe), else the Content-Length. */
    private static OptionalLong size(Map<String, String> headers) {
        Optional<String> range = header(headers, "Content-Range");
        try {
            if (range.isPresent()) {
                Matcher m = TOTAL.matcher(range.get().trim());
                return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
            }
            return header(headers, "Content-Length").map(v -> OptionalLong.of(Long.parseLong(v.trim())))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
