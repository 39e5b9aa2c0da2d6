package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.DeliveredApks;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.Optional;

/**
 * Z2: target SDK below checks.min-target-sdk and still listed after checks.target-sdk-after. The target SDK is the
 * store's where its page shows one, else the delivered APK's manifest {@code targetSdkVersion} where the APK was read;
 * with neither, Z2 is unknown (the note says why the APK was not read).
 */
public final class TargetSdkCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.Z2;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        Integer sdk = listing.targetSdk();
        Optional<Probe> apk = Optional.empty();
        if (sdk == null) {
            apk = DeliveredApks.read(listing).stream().filter(p -> p.apk().targetSdk() != null).findFirst();
            if (apk.isEmpty()) {
                return Outcome.unknown("no target SDK shown; " + DeliveredApks.whyNotRead(listing));
            }
            sdk = apk.get().apk().targetSdk();
        }
        if (!ListingText.crawlDate(listing).isAfter(context.config().targetSdkAfter())
                || sdk >= context.config().minTargetSdk()) {
            return Outcome.passed();
        }
        return Outcome.failed(Outcome.values("target_sdk", sdk.toString(),
                "source", apk.isPresent() ? "delivered APK manifest" : "store page",
                "minimum", Integer.toString(context.config().minTargetSdk()),
                "crawled_at", listing.timestamp().toString(),
                "apk_package", apk.map(p -> p.apk().packageName()).orElse(null),
                "apk_final_url", apk.map(p -> p.apk().finalUrl() != null ? p.apk().finalUrl() : p.finalUrl())
                        .orElse(null),
                "apk_evidence", apk.map(p -> DeliveredApks.evidence(java.util.List.of(p))).orElse(null)));
    }
}
