package io.appaudit.indexer.checks;

import io.appaudit.indexer.checks.cross.CertificateConsistencyCheck;
import io.appaudit.indexer.checks.cross.DeveloperConsistencyCheck;
import io.appaudit.indexer.checks.history.DeadDownloadCheck;
import io.appaudit.indexer.checks.history.DeliveredVersionCheck;
import io.appaudit.indexer.checks.history.PrivacyLinkCheck;
import io.appaudit.indexer.checks.history.UnreachableDeveloperCheck;
import io.appaudit.indexer.checks.listing.DeliveredPackageCheck;
import io.appaudit.indexer.checks.listing.DeveloperOperatorCheck;
import io.appaudit.indexer.checks.listing.DeveloperPlaceholderCheck;
import io.appaudit.indexer.checks.listing.DisclosureCheck;
import io.appaudit.indexer.checks.listing.DownloadControlsCheck;
import io.appaudit.indexer.checks.listing.FastDownloadCheck;
import io.appaudit.indexer.checks.listing.FilingFormatCheck;
import io.appaudit.indexer.checks.listing.FilingMissingCheck;
import io.appaudit.indexer.checks.listing.InducingWordsCheck;
import io.appaudit.indexer.checks.listing.NoticeDeadlineCheck;
import io.appaudit.indexer.checks.listing.RegistryEntityCheck;
import io.appaudit.indexer.checks.listing.StaleCheck;
import io.appaudit.indexer.checks.listing.TargetSdkCheck;
import io.appaudit.indexer.checks.listing.UndisclosedPermissionsCheck;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Every check, in one visible list per kind; each rule of AUDIT-RULES.md is implemented exactly once. */
public final class CheckRegistry {

    private static final List<ListingCheck> LISTING = List.of(
            new FilingMissingCheck(),
            new FilingFormatCheck(),
            new DisclosureCheck(),
            new UndisclosedPermissionsCheck(),
            new StaleCheck(),
            new TargetSdkCheck(),
            new NoticeDeadlineCheck(),
            new DeveloperOperatorCheck(),
            new DeveloperPlaceholderCheck(),
            new RegistryEntityCheck(),
            new DeliveredPackageCheck(),
            new FastDownloadCheck(),
            new DownloadControlsCheck(),
            new InducingWordsCheck());

    private static final List<HistoryCheck> HISTORY = List.of(
            new PrivacyLinkCheck(),
            new DeliveredVersionCheck(),
            new DeadDownloadCheck(),
            new UnreachableDeveloperCheck());

    private static final List<CrossListingCheck> CROSS_LISTING = List.of(
            new DeveloperConsistencyCheck(),
            new CertificateConsistencyCheck());

    static {
        Set<CheckId> seen = EnumSet.noneOf(CheckId.class);
        Stream.of(LISTING, HISTORY, CROSS_LISTING).flatMap(List::stream).forEach(c -> {
            if (!seen.add(c.id())) {
                throw new IllegalStateException(c.id() + " is registered twice");
            }
            CheckId.Kind expected = c instanceof ListingCheck ? CheckId.Kind.LISTING
                    : c instanceof HistoryCheck ? CheckId.Kind.HISTORY : CheckId.Kind.CROSS_LISTING;
            if (c.id().kind() != expected) {
                throw new IllegalStateException(c.id() + " is a " + c.id().kind() + " check, registered as " + expected);
            }
        });
        if (seen.size() != CheckId.values().length) {
            throw new IllegalStateException("Checks without an implementation: " + EnumSet.complementOf(EnumSet.copyOf(seen)));
        }
    }

    private CheckRegistry() {
    }

    /** The checks one snapshot answers, run as listings are ingested. */
    public static List<ListingCheck> listing() {
        return LISTING;
    }

    /** The checks over an app's probe history, run by {@code appaudit check}. */
    public static List<HistoryCheck> history() {
        return HISTORY;
    }

    /** The checks across stores, run by {@code appaudit check}. */
    public static List<CrossListingCheck> crossListing() {
        return CROSS_LISTING;
    }
}
