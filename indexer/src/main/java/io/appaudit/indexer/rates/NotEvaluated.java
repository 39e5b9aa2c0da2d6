package io.appaudit.indexer.rates;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A check that has no rate in a store because no audited app of the store could be evaluated for it, and why.
 * It is neither a problem nor a pass, so it has no rate and no interval (never "0 %").
 *
 * @param reason why nothing was evaluated
 */
public record NotEvaluated(Reason reason) {

    public NotEvaluated {
        Objects.requireNonNull(reason, "reason");
    }

    /** What a reader is told instead of a rate: "not shown" or "not evaluated". */
    @JsonProperty("label")
    public String label() {
        return reason.label;
    }

    /** One sentence for a tooltip or a note. */
    public String explanation() {
        return reason.explanation;
    }

    /** Why a check was evaluated for none of a store's audited apps. */
    public enum Reason {
        /** The store's pages do not show the field the check needs (a platform-level observation). */
        NOT_SHOWN("not_shown", "not shown", "the store's pages do not show what this check needs"),
        /** The store shows the field, but no audited app gave what the check needs (no probe, no APK, no peer). */
        NO_EVALUABLE_APP("not_evaluated", "not evaluated",
                "no audited app of the store gave what this check needs (a probe, the APK, another store's listing)");

        private final String id;
        private final String label;
        private final String explanation;

        Reason(String id, String label, String explanation) {
            this.id = id;
            this.label = label;
            this.explanation = explanation;
        }

        /** The value in JSON: {@code not_shown} or {@code not_evaluated}. */
        @JsonValue
        public String id() {
            return id;
        }
    }
}
