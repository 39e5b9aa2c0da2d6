package io.appaudit.crawler.apk;

import io.appaudit.indexer.docs.ListingDocument;
import java.util.Set;

/** The values of {@code probes.apk.status} (see {@link ListingDocument.Apk}). */
public final class ApkStatus {

    /** The manifest and the signatures were read. */
    public static final String READ = ListingDocument.APK_READ;
    /** The server answered a range request with the whole file (200): it was cut off at the first chunk. */
    public static final String RANGES_NOT_SERVED = "ranges_not_served";
    /** The parts needed lie further apart, or are larger, than apk.max-requests / apk.max-bytes allow. */
    public static final String OVER_BUDGET = "over_budget";
    /** The file is not a zip (no end-of-central-directory record) or has no AndroidManifest.xml. */
    public static final String NOT_AN_APK = "not_an_apk";
    /** A zip whose parts contradict each other, are cut short, or whose manifest cannot be decoded. */
    public static final String UNREADABLE = "unreadable";
    /** The exchange itself failed (a network error, an error status, our deadline). */
    public static final String FAILED = "failed";

    private static final Set<String> FAILURES = Set.of(RANGES_NOT_SERVED, OVER_BUDGET, NOT_AN_APK, UNREADABLE,
            FAILED);

    private ApkStatus() {
    }

    static String requireFailure(String status) {
        if (!FAILURES.contains(status)) {
            throw new IllegalArgumentException("not an APK failure status: " + status);
        }
        return status;
    }
}
