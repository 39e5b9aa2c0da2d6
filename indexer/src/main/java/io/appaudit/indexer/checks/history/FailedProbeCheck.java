package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Observation.Verdict;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A history check on the probes of one kind: a snapshot is fine when any of them got through, failed when none did
 * and one failed (its values are the evidence), and says nothing when it has no conclusive probe of that kind.
 */
abstract class FailedProbeCheck implements HistoryCheck {

    private final CheckId id;
    private final String kind;

    FailedProbeCheck(CheckId id, String kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public final CheckId id() {
        return id;
    }

    @Override
    public final Set<String> probeKinds() {
        return Set.of(kind);
    }

    @Override
    public final Observation observe(ListingDocument snapshot) {
        List<Probe> probes = Observation.ofKind(snapshot.probes(), kind);
        if (probes.stream().anyMatch(Observation::ok)) {
            return new Observation(Verdict.OK, snapshot.timestamp(), Map.of());
        }
        return probes.stream().filter(Observation::failed).findFirst()
                .map(p -> new Observation(Verdict.FAILED, ProbeHistory.at(p, snapshot), Observation.valuesOf("", p)))
                .orElse(Observation.none());
    }
}
