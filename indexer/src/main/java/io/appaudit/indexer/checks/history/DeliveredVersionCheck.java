package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.DeliveredApks;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Observation.Verdict;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R6: the delivered APK's version is not the one the listing's page shows. A snapshot fails when a download control's
 * APK of the listed package was read and its versionName differs from the page's (after dropping a leading
 * {@code v} and all spaces, case and full-width forms folded), or its versionCode differs where both are known; it
 * is fine when they agree; it says nothing when no APK (or no page version) was read. Like the probe checks, a
 * difference is a problem only when seen on crawls at least checks.failure-spacing apart with no agreement since (a
 * release in progress is not a problem).
 */
public final class DeliveredVersionCheck implements HistoryCheck {

    @Override
    public CheckId id() {
        return CheckId.R6;
    }

    @Override
    public Set<String> probeKinds() {
        return Set.of(DeliveredApks.DOWNLOAD);
    }

    @Override
    public Observation observe(ListingDocument snapshot) {
        List<Probe> own = DeliveredApks.read(snapshot).stream()
                .filter(p -> snapshot.packageName() != null && snapshot.packageName().equals(p.apk().packageName()))
                .filter(p -> p.apk().versionCode() != null || p.apk().versionName() != null).toList();
        boolean pageKnown = snapshot.versionCode() != null || normalise(snapshot.versionName()).isPresent();
        if (own.isEmpty() || !pageKnown) {
            return Observation.none();
        }
        Optional<Probe> differing = own.stream().filter(p -> differs(snapshot, p)).findFirst();
        if (differing.isEmpty()) {
            return own.stream().anyMatch(p -> comparable(snapshot, p))
                    ? new Observation(Verdict.OK, snapshot.timestamp(), java.util.Map.of()) : Observation.none();
        }
        Probe p = differing.get();
        Instant at = p.apk().readAt() != null ? p.apk().readAt() : ProbeHistory.at(p, snapshot);
        return new Observation(Verdict.FAILED, at, Outcome.values(
                "page_version_name", snapshot.versionName(),
                "page_version_code", snapshot.versionCode() == null ? null : snapshot.versionCode().toString(),
                "apk_version_name", p.apk().versionName(),
                "apk_version_code", p.apk().versionCode() == null ? null : p.apk().versionCode().toString(),
                "apk_package", p.apk().packageName(),
                "apk_final_url", p.apk().finalUrl() != null ? p.apk().finalUrl() : p.finalUrl(),
                "apk_evidence", DeliveredApks.evidence(List.of(p))));
    }

    /**
     * Reads an app's snapshots when its APKs gave a version that is not the only one its pages gave (a superset of
     * the apps with a difference); passes it when every APK read gave the page's one version; unknown when no APK
     * version was read.
     */
    @Override
    public Screen screen(AppQuarter app, Duration spacing) {
        AppQuarter.Apks a = app.apks();
        if (!a.versionsRead()) {
            return Screen.UNKNOWN;
        }
        boolean codesAgree = a.versionCodes().isEmpty()
                || a.pageVersionCodes().size() == 1 && a.pageVersionCodes().equals(a.versionCodes());
        Set<String> names = a.versionNames().stream().map(DeliveredVersionCheck::normalise).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<String> pageNames = a.pageVersionNames().stream().map(DeliveredVersionCheck::normalise)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        boolean namesAgree = names.isEmpty() || pageNames.size() == 1 && pageNames.equals(names);
        if (a.pageVersionCodes().isEmpty() && pageNames.isEmpty()) {
            return Screen.UNKNOWN;
        }
        return codesAgree && namesAgree ? Screen.PASS : Screen.READ;
    }

    @Override
    public String nothingObserved() {
        return DeliveredApks.NOT_READ + "no version of the listed package read beside a page version this quarter";
    }

    private static boolean differs(ListingDocument s, Probe p) {
        boolean codes = s.versionCode() != null && p.apk().versionCode() != null
                && !s.versionCode().equals(p.apk().versionCode());
        Optional<String> page = normalise(s.versionName());
        Optional<String> apk = normalise(p.apk().versionName());
        return codes || page.isPresent() && apk.isPresent() && !page.equals(apk);
    }

    private static boolean comparable(ListingDocument s, Probe p) {
        return s.versionCode() != null && p.apk().versionCode() != null
                || normalise(s.versionName()).isPresent() && normalise(p.apk().versionName()).isPresent();
    }

    /** A version name made comparable: full-width forms folded, spaces dropped, a leading v dropped. */
    static Optional<String> normalise(String versionName) {
        if (versionName == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(versionName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
        if (s.startsWith("v")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
