package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Observation.Verdict;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Z4: the developer cannot be reached: the website and the privacy-policy link both fail in one snapshot. */
public final class UnreachableDeveloperCheck implements HistoryCheck {

    static final String WEBSITE = "website";

    @Override
    public CheckId id() {
        return CheckId.Z4;
    }

    @Override
    public Set<String> probeKinds() {
        return Set.of(WEBSITE, PrivacyLinkCheck.KIND);
    }

    @Override
    public Observation observe(ListingDocument snapshot) {
        List<Probe> site = Observation.ofKind(snapshot.probes(), WEBSITE);
        List<Probe> privacy = Observation.ofKind(snapshot.probes(), PrivacyLinkCheck.KIND);
        if (site.stream().anyMatch(Observation::ok) || privacy.stream().anyMatch(Observation::ok)) {
            return new Observation(Verdict.OK, snapshot.timestamp(), Map.of());
        }
        Optional<Probe> deadSite = site.stream().filter(Observation::failed).findFirst();
        Optional<Probe> deadPrivacy = privacy.stream().filter(Observation::failed).findFirst();
        if (deadSite.isEmpty() || deadPrivacy.isEmpty()) {
            return Observation.none();
        }
        Map<String, String> values = new LinkedHashMap<>(Observation.valuesOf("website_", deadSite.get()));
        values.putAll(Observation.valuesOf("privacy_", deadPrivacy.get()));
        Instant a = ProbeHistory.at(deadSite.get(), snapshot);
        Instant b = ProbeHistory.at(deadPrivacy.get(), snapshot);
        return new Observation(Verdict.FAILED, a.isAfter(b) ? a : b, values);
    }
}
