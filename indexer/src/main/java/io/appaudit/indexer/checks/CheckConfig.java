package io.appaudit.indexer.checks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The thresholds of AUDIT-RULES.md, each overridable, and the user's three files: corporate groups, the filing
 * registry (D5) and take-down notices (Z5).
 *
 * @param shownThreshold the share of a store's audited apps (0 to 1) on which a field must be found for the store to
 *                       show it ({@code checks.shown-threshold}); below it the checks on the field are unknown there
 */
public record CheckConfig(LocalDate filingRequiredAfter, Pattern filingPattern, int staleDays,
                          List<Integer> staleBuckets, int minTargetSdk, LocalDate targetSdkAfter,
                          Duration failureSpacing, List<String> inducingWords, String officialWord,
                          List<String> fastDownloadWords, Optional<Path> groupFile, Optional<Path> registryFile,
                          Optional<Path> noticeFile, double shownThreshold) {

    public CheckConfig {
        Objects.requireNonNull(filingRequiredAfter, "filingRequiredAfter");
        Objects.requireNonNull(filingPattern, "filingPattern");
        if (staleDays < 1) {
            throw new IllegalArgumentException("checks.stale-days: " + staleDays + " is below 1");
        }
        if (minTargetSdk < 1) {
            throw new IllegalArgumentException("checks.min-target-sdk: " + minTargetSdk + " is below 1");
        }
        staleBuckets = List.copyOf(staleBuckets);
        Objects.requireNonNull(targetSdkAfter, "targetSdkAfter");
        Objects.requireNonNull(failureSpacing, "failureSpacing");
        inducingWords = List.copyOf(inducingWords);
        Objects.requireNonNull(officialWord, "officialWord");
        fastDownloadWords = List.copyOf(fastDownloadWords);
        Objects.requireNonNull(groupFile, "groupFile");
        Objects.requireNonNull(registryFile, "registryFile");
        Objects.requireNonNull(noticeFile, "noticeFile");
        if (!(shownThreshold >= 0 && shownThreshold <= 1)) {
            throw new IllegalArgumentException("checks.shown-threshold: " + shownThreshold + " is outside 0 to 1 (a share: "
                    + "0.10 is 10 %)");
        }
    }
}
