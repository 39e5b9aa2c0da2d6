package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What one snapshot's probes say for a history check, with the probe's values when it failed. */
public record Observation(Verdict verdict, Instant at, Map<String, String> values) {

    /** A probe failed, succeeded, or the snapshot has nothing to say. */
    public enum Verdict { FAILED, OK, NONE }

    private static final Observation NONE = new Observation(Verdict.NONE, Instant.EPOCH, Map.of());

    public Observation {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Observation none() {
        return NONE;
    }

    /** A probe that reached an http(s) page without an error. */
    public static boolean ok(Probe p) {
        return !p.failedOnOurSide() && p.error() == null && p.status() != null && p.status() < 400;
    }

    /**
     * A probe that ended in an error or an HTTP error status; a probe with neither, or one that failed for a
     * reason of ours (inconclusive), says nothing.
     */
    public static boolean failed(Probe p) {
        return !p.failedOnOurSide() && (p.error() != null || p.status() != null && p.status() >= 400);
    }

    /** The probes of one kind in a snapshot. */
    public static List<Probe> ofKind(List<Probe> probes, String kind) {
        return probes == null ? List.of() : probes.stream().filter(p -> kind.equals(p.kind())).toList();
    }

    /** The values a failed probe leaves as evidence, keys prefixed (for Z4's two links). */
    public static Map<String, String> valuesOf(String prefix, Probe p) {
        return Outcome.values(prefix + "url", p.controlUrl(), prefix + "final_url", p.finalUrl(),
                prefix + "status", p.status() == null ? null : p.status().toString(), prefix + "error", p.error(),
                prefix + "redirect_chain", p.chain() == null || p.chain().isEmpty() ? null : String.join(" → ", p.chain()),
                prefix + "label", p.label() == null || p.label().isEmpty() ? null : p.label());
    }
}
