package io.appaudit.indexer.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one check concluded about one listing, with the values that led there (kept in a finding as evidence).
 * "Unknown" is not a pass: the check could not be evaluated and counts only toward coverage.
 *
 * @param note why the check is unknown or informational, for people reading the finding
 */
public record Outcome(Status status, Map<String, String> values, String note) {

    /** The four results a check can have. */
    public enum Status {
        PASSED,
        FAILED,
        /** Not a problem, but worth a line in the report (a related entity within one corporate group). */
        INFORMATIONAL,
        UNKNOWN
    }

    private static final Outcome PASS = new Outcome(Status.PASSED, Map.of(), "");

    public Outcome {
        Objects.requireNonNull(status, "status");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(note, "note");
    }

    public static Outcome passed() {
        return PASS;
    }

    public static Outcome failed(Map<String, String> values) {
        return new Outcome(Status.FAILED, values, "");
    }

    public static Outcome informational(Map<String, String> values, String note) {
        return new Outcome(Status.INFORMATIONAL, values, note);
    }

    public static Outcome unknown(String reason) {
        return new Outcome(Status.UNKNOWN, Map.of(), reason);
    }

    /** Values in the given order, from alternating keys and values; a null value is left out. */
    public static Map<String, String> values(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values() needs key/value pairs");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** True when the check could be evaluated (passed, failed or informational). */
    public boolean evaluated() {
        return status != Status.UNKNOWN;
    }
}
