package io.appaudit.indexer.checks;

import java.util.Locale;

/** How much a finding matters to a user of the store: misleading downloads weigh more than a stale listing. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    /** The lower-case name used in the findings index. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
