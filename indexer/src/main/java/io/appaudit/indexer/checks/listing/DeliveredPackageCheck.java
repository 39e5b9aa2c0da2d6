package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.DeliveredApks;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Map;

/**
 * M1: a download control delivers another package than the listing's (the store's own installer, say). Where the
 * delivered APK was read, its manifest's package proves what the control delivers and beats the file-name inference;
 * the finding then cites the manifest package and the WARC records of the range exchanges. Where no APK was read,
 * the package inferred from the file name remains. Controls labelled "high-speed / safe" are M2's and left out here,
 * so one control is never counted twice.
 */
public final class DeliveredPackageCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.M1;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        List<Probe> known = DownloadProbes.downloads(listing).stream()
                .filter(p -> !DownloadProbes.fastLabel(DownloadProbes.label(listing, p), context.config()))
                .filter(p -> ListingText.present(manifestPackage(p)) || ListingText.present(p.deliveredPackage()))
                .toList();
        if (known.isEmpty()) {
            return Outcome.unknown("no download probe revealed the delivered package");
        }
        return known.stream().filter(p -> !delivered(p).equals(listing.packageName())).findFirst()
                .map(p -> Outcome.failed(values(listing, p)))
                .orElse(Outcome.passed());
    }

    /** The package the control delivers: the manifest's where the APK was read, else the file name's. */
    private static String delivered(Probe p) {
        String manifest = manifestPackage(p);
        return ListingText.present(manifest) ? manifest : p.deliveredPackage();
    }

    private static String manifestPackage(Probe p) {
        return p.apk() != null && p.apk().read() ? p.apk().packageName() : null;
    }

    private static Map<String, String> values(ListingDocument listing, Probe p) {
        boolean proved = ListingText.present(manifestPackage(p));
        return Outcome.values("label", DownloadProbes.label(listing, p),
                "control_url", p.controlUrl(), "final_url", p.finalUrl(),
                "redirect_chain", DownloadProbes.chain(p), "file_name", p.fileName(),
                "delivered_package", delivered(p), "listed_package", listing.packageName(),
                "proved_by", proved ? "delivered APK manifest" : "file name",
                "manifest_package", manifestPackage(p),
                "file_name_package", proved ? p.deliveredPackage() : null,
                "apk_version", proved ? version(p) : null,
                "apk_evidence", proved ? DeliveredApks.evidence(List.of(p)) : null);
    }

    private static String version(Probe p) {
        String name = p.apk().versionName();
        Long code = p.apk().versionCode();
        return name == null && code == null ? null : (name == null ? "" : name) + (code == null ? "" : " (" + code + ")");
    }
}
