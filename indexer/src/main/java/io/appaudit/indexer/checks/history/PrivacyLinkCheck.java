package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Observation.Verdict;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Set;

/** R4: the privacy-policy link is present but does not lead to a reachable http(s) page. */
public final class PrivacyLinkCheck implements HistoryCheck {

    static final String KIND = "privacy_policy";

    @Override
    public CheckId id() {
        return CheckId.R4;
    }

    @Override
    public Set<String> probeKinds() {
        return Set.of(KIND);
    }

    @Override
    public Observation observe(ListingDocument snapshot) {
        List<Probe> probes = Observation.ofKind(snapshot.probes(), KIND);
        if (probes.stream().anyMatch(Observation::ok)) {
            return new Observation(Verdict.OK, snapshot.timestamp(), java.util.Map.of());
        }
        return probes.stream().filter(Observation::failed).findFirst()
                .map(p -> new Observation(Verdict.FAILED, ProbeHistory.at(p, snapshot), Observation.valuesOf("", p)))
                .orElse(Observation.none());
    }
}
