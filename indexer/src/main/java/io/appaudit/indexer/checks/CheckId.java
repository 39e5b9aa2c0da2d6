package io.appaudit.indexer.checks;

import io.appaudit.stores.ListingField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of AUDIT-RULES.md: family, severity, the kind of evidence each reads, and the disclosures it needs.
 * A store that does not show a needed disclosure in a quarter (as measured, {@link ShownFields}) makes the check
 * "unknown" for all of its listings. D3 needs no store disclosure: it compares signers wherever some are known. Z2
 * needs none either: where the store shows no target SDK, the delivered APK's manifest gives it.
 */
public enum CheckId {
    R1(Family.R, Severity.MEDIUM, Kind.LISTING, "filing number missing", true, ListingField.FILING_NUMBER),
    R2(Family.R, Severity.MEDIUM, Kind.LISTING, "filing number malformed", true, ListingField.FILING_NUMBER),
    R3(Family.R, Severity.MEDIUM, Kind.LISTING, "pre-download disclosures missing", false, ListingField.DEVELOPER,
            ListingField.VERSION, ListingField.UPDATED_AT, ListingField.PRIVACY_POLICY, ListingField.PERMISSIONS),
    R4(Family.R, Severity.MEDIUM, Kind.HISTORY, "privacy-policy link unreachable", true, ListingField.PRIVACY_POLICY),
    R5(Family.R, Severity.MEDIUM, Kind.LISTING, "delivered APK requests undisclosed dangerous permissions", true,
            ListingField.PERMISSIONS),
    R6(Family.R, Severity.MEDIUM, Kind.HISTORY, "delivered APK's version differs from the listing's", true,
            ListingField.VERSION),
    Z1(Family.Z, Severity.MEDIUM, Kind.LISTING, "not updated for too long", true, ListingField.UPDATED_AT),
    Z2(Family.Z, Severity.LOW, Kind.LISTING, "obsolete target SDK", true),
    Z3(Family.Z, Severity.HIGH, Kind.HISTORY, "dead download link", true, ListingField.DOWNLOAD_CONTROL),
    Z4(Family.Z, Severity.MEDIUM, Kind.HISTORY, "developer unreachable (website and privacy link dead)", true,
            ListingField.WEBSITE, ListingField.PRIVACY_POLICY),
    Z5(Family.Z, Severity.HIGH, Kind.LISTING, "still listed after a take-down deadline", true),
    D1(Family.D, Severity.MEDIUM, Kind.LISTING, "developer and operator unrelated", true, ListingField.DEVELOPER,
            ListingField.OPERATOR),
    D2(Family.D, Severity.MEDIUM, Kind.CROSS_LISTING, "unrelated developers across stores", true,
            ListingField.DEVELOPER),
    D3(Family.D, Severity.HIGH, Kind.CROSS_LISTING, "different signing certificates across stores", true),
    D4(Family.D, Severity.MEDIUM, Kind.LISTING, "developer missing or a placeholder", true, ListingField.DEVELOPER),
    D5(Family.D, Severity.MEDIUM, Kind.LISTING, "developer differs from the filing registry", true,
            ListingField.FILING_NUMBER, ListingField.DEVELOPER),
    M1(Family.M, Severity.HIGH, Kind.LISTING, "download delivers another package", true,
            ListingField.DOWNLOAD_CONTROL),
    M2(Family.M, Severity.HIGH, Kind.LISTING, "high-speed/safe download delivers another package", true,
            ListingField.DOWNLOAD_CONTROL),
    M3(Family.M, Severity.MEDIUM, Kind.LISTING, "several download controls with different payloads", true,
            ListingField.DOWNLOAD_CONTROL),
    M4(Family.M, Severity.MEDIUM, Kind.LISTING, "inducing words in name or short description", true);

    /** Where a check's evidence comes from, which decides when and how it runs. */
    public enum Kind {
        /** One snapshot suffices: run as listings are ingested. */
        LISTING,
        /** Probes across snapshots (two failures some time apart): run by {@code appaudit check}. */
        HISTORY,
        /** The same package in several stores: run by {@code appaudit check}. */
        CROSS_LISTING
    }

    private final Family family;
    private final Severity severity;
    private final Kind kind;
    private final String title;
    private final boolean needsAll;
    private final Set<ListingField> needs;

    CheckId(Family family, Severity severity, Kind kind, String title, boolean needsAll, ListingField... needs) {
        this.family = family;
        this.severity = severity;
        this.kind = kind;
        this.title = title;
        this.needsAll = needsAll;
        this.needs = needs.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(needs[0], needs));
    }

    public Family family() {
        return family;
    }

    public Severity severity() {
        return severity;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The disclosures the check reads. */
    public Set<ListingField> needs() {
        return needs;
    }

    /**
     * True when a store that does not show these disclosures cannot be checked at all: when it lacks any needed
     * disclosure, or, for a check made of parts (R3), when it lacks them all.
     */
    public boolean blockedBy(Set<ListingField> notShown) {
        if (needs.isEmpty()) {
            return false;
        }
        return needsAll ? needs.stream().anyMatch(notShown::contains) : notShown.containsAll(needs);
    }

    /** The check of an id as the indices store it ({@code R1}), if it is one. */
    public static java.util.Optional<CheckId> find(String id) {
        for (CheckId c : values()) {
            if (c.name().equals(id)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** Parses an id such as {@code r1} or {@code D3}; the error lists the valid ids. */
    public static CheckId of(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (CheckId c : values()) {
            if (c.name().equals(wanted)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown check '" + text + "': use R1–R6, Z1–Z5, D1–D5 or M1–M4");
    }
}
