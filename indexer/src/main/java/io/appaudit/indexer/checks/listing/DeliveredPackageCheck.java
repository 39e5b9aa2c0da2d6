package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;

/**
 * M1: a download control delivers another package than the listing's (the store's own installer, say). Controls
 * labelled "high-speed / safe" are M2's and left out here, so one control is never counted twice.
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
                .filter(p -> ListingText.present(p.deliveredPackage())).toList();
        if (known.isEmpty()) {
            return Outcome.unknown("no download probe revealed the delivered package");
        }
        return known.stream().filter(p -> !p.deliveredPackage().equals(listing.packageName())).findFirst()
                .map(p -> Outcome.failed(Outcome.values("label", DownloadProbes.label(listing, p),
                        "control_url", p.controlUrl(), "final_url", p.finalUrl(),
                        "redirect_chain", DownloadProbes.chain(p), "file_name", p.fileName(),
                        "delivered_package", p.deliveredPackage(), "listed_package", listing.packageName())))
                .orElse(Outcome.passed());
    }
}
