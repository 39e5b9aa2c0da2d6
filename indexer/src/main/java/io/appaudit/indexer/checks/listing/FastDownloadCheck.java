package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * M2: a "high-speed / safe / 高速 / 安全 / 极速下载" control (checks.fast-download-words) delivers another package, or,
 * when the package cannot be read, a file named like a downloader.
 */
public final class FastDownloadCheck implements ListingCheck {

    /** File names of store installers and download helpers. */
    private static final Pattern DOWNLOADER = Pattern.compile(
            "(?i)(installer|downloader|下载器|安装器|助手|yyb|myapp|appstore|market)");

    @Override
    public CheckId id() {
        return CheckId.M2;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        List<Probe> fast = DownloadProbes.downloads(listing).stream()
                .filter(p -> DownloadProbes.fastLabel(DownloadProbes.label(listing, p), context.config())).toList();
        boolean fastControl = listing.downloadControls() != null && listing.downloadControls().stream()
                .anyMatch(c -> DownloadProbes.fastLabel(c.label(), context.config()));
        if (fast.isEmpty()) {
            return fastControl ? Outcome.unknown("the high-speed download control was not probed") : Outcome.passed();
        }
        Optional<Probe> bad = fast.stream().filter(p -> deliversOther(p, listing.packageName())).findFirst();
        if (bad.isPresent()) {
            Probe p = bad.get();
            return Outcome.failed(Outcome.values("label", DownloadProbes.label(listing, p),
                    "control_url", p.controlUrl(), "final_url", p.finalUrl(),
                    "redirect_chain", DownloadProbes.chain(p), "file_name", p.fileName(),
                    "delivered_package", p.deliveredPackage(), "listed_package", listing.packageName()));
        }
        boolean allKnown = fast.stream()
                .allMatch(p -> ListingText.present(p.deliveredPackage()) || ListingText.present(p.fileName()));
        return allKnown ? Outcome.passed() : Outcome.unknown("the delivered file could not be identified");
    }

    private static boolean deliversOther(Probe p, String pkg) {
        if (ListingText.present(p.deliveredPackage())) {
            return !p.deliveredPackage().equals(pkg);
        }
        String file = p.fileName();
        return ListingText.present(file) && !file.contains(pkg) && DOWNLOADER.matcher(file).find();
    }
}
