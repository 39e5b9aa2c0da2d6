package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.DeliveredApks;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * R5: the delivered APK requests dangerous permissions (Android's {@code dangerous} protection level) that the
 * listing's permission list does not disclose. Only where the store shows permission lists (the measured share, like
 * the other disclosure checks); unknown when no APK was read, when the read APK's permissions are missing, or when
 * the listing shows no permission list of its own (its absence is R3's). The APK of the first download control whose
 * APK was read and whose package is the listing's is compared (another package is M1's).
 */
public final class UndisclosedPermissionsCheck implements ListingCheck {

    /** Page entries and characters of each kept in a finding: the page's list is untrusted text. */
    private static final int PAGE_ENTRIES = 40;
    private static final int ENTRY_CHARS = 120;

    @Override
    public CheckId id() {
        return CheckId.R5;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        List<Probe> read = DeliveredApks.read(listing);
        if (read.isEmpty()) {
            return Outcome.unknown(DeliveredApks.whyNotRead(listing));
        }
        Optional<Probe> own = read.stream().filter(p -> listing.packageName().equals(p.apk().packageName()))
                .filter(p -> p.apk().permissions() != null).findFirst();
        if (own.isEmpty()) {
            return Outcome.unknown("no delivered APK of the listed package with its permissions read");
        }
        List<String> page = listing.permissions() == null ? List.of()
                : listing.permissions().stream().filter(ListingText::present).toList();
        if (page.isEmpty()) {
            return Outcome.unknown("the listing shows no permission list");
        }
        TreeSet<String> dangerous = own.get().apk().permissions().stream().map(DangerousPermissions::find)
                .flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
        List<String> undisclosed = dangerous.stream().filter(p -> !DangerousPermissions.disclosed(p, page)).toList();
        if (undisclosed.isEmpty()) {
            return Outcome.passed();
        }
        Probe p = own.get();
        return Outcome.failed(Outcome.values("undisclosed", String.join(", ", undisclosed),
                "apk_dangerous", String.join(", ", dangerous),
                "page_permissions", page.stream().limit(PAGE_ENTRIES)
                        .map(e -> e.length() > ENTRY_CHARS ? e.substring(0, ENTRY_CHARS) + "…" : e)
                        .collect(Collectors.joining("; ")) + (page.size() > PAGE_ENTRIES ? "; …" : ""),
                "apk_package", p.apk().packageName(),
                "apk_version", p.apk().versionName(),
                "apk_final_url", p.apk().finalUrl() != null ? p.apk().finalUrl() : p.finalUrl(),
                "apk_evidence", DeliveredApks.evidence(List.of(p))));
    }
}
