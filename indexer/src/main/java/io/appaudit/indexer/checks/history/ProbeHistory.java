package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.HistoryCheck;
import io.appaudit.indexer.checks.Observation;
import io.appaudit.indexer.checks.Observation.Verdict;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a history check to one app's snapshots: the latest run of failures (back to the last success) fails the
 * check when its first and last failure are at least the spacing apart; a success since passes it; a run that is
 * still too short is "unknown" (not yet confirmed).
 */
public final class ProbeHistory {

    /** The outcome, the first and last failure of the run, and the snapshot of the latest failure (evidence). */
    public record Result(Outcome outcome, Optional<Instant> firstFailure, Optional<Instant> lastFailure,
                         Optional<ListingDocument> evidence) {
    }

    private ProbeHistory() {
    }

    /** Evaluates the snapshots, newest first. */
    public static Result evaluate(HistoryCheck check, List<ListingDocument> newestFirst, Duration spacing) {
        List<Observation> run = new ArrayList<>();
        ListingDocument latestFailure = null;
        for (ListingDocument s : newestFirst) {
            Observation o = check.observe(s);
            if (o.verdict() == Verdict.NONE) {
                continue;
            }
            if (o.verdict() == Verdict.OK) {
                if (run.isEmpty()) {
                    return new Result(Outcome.passed(), Optional.empty(), Optional.empty(), Optional.empty());
                }
                break;
            }
            run.add(o);
            if (latestFailure == null) {
                latestFailure = s;
            }
        }
        if (run.isEmpty()) {
            return new Result(Outcome.unknown(check.nothingObserved()),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        Instant first = run.stream().map(Observation::at).min(Instant::compareTo).orElseThrow();
        Instant last = run.stream().map(Observation::at).max(Instant::compareTo).orElseThrow();
        if (Duration.between(first, last).compareTo(spacing) < 0) {
            return new Result(Outcome.unknown("failure not yet confirmed " + spacing.toHours() + " h later"),
                    Optional.of(first), Optional.of(last), Optional.of(latestFailure));
        }
        Map<String, String> values = new LinkedHashMap<>(run.get(0).values());
        values.put("first_failure", first.toString());
        values.put("last_failure", last.toString());
        values.put("failures", Integer.toString(run.size()));
        return new Result(Outcome.failed(values), Optional.of(first), Optional.of(last), Optional.of(latestFailure));
    }

    /** The time of a probe, or of its snapshot when the probe has none. */
    static Instant at(ListingDocument.Probe p, ListingDocument s) {
        return p.probedAt() != null ? p.probedAt() : s.timestamp();
    }
}
