package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Control;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * M3: more than one download-styled control, pointing at different payloads. A payload is the package a control
 * delivered, else its file name; controls that were not probed can only be compared by URL.
 */
public final class DownloadControlsCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.M3;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        List<Control> styled = DownloadProbes.styledControls(listing);
        if (styled.size() < 2) {
            return Outcome.passed();
        }
        Map<String, String> payloadByLabel = new LinkedHashMap<>();
        boolean allKnown = true;
        for (Control c : styled) {
            Optional<String> payload = DownloadProbes.probeOf(listing, c)
                    .map(p -> ListingText.present(p.deliveredPackage()) ? p.deliveredPackage() : p.fileName())
                    .filter(ListingText::present);
            allKnown &= payload.isPresent();
            payloadByLabel.put(c.label() + " (" + c.url() + ")", payload.orElse("?"));
        }
        if (!allKnown) {
            boolean oneUrl = styled.stream().map(Control::url).distinct().count() == 1;
            return oneUrl ? Outcome.passed() : Outcome.unknown("download controls not all probed");
        }
        if (payloadByLabel.values().stream().distinct().count() < 2) {
            return Outcome.passed();
        }
        StringBuilder controls = new StringBuilder();
        payloadByLabel.forEach((label, payload) -> controls.append(controls.length() == 0 ? "" : "; ")
                .append(label).append(" → ").append(payload));
        return Outcome.failed(Outcome.values("controls", controls.toString(),
                "distinct_payloads", Long.toString(payloadByLabel.values().stream().distinct().count())));
    }
}
