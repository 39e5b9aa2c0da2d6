package io.appaudit.indexer.checks.run;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What the run concluded for one app: findings to write, and the checks it passed (which may rectify). */
final class AppVerdicts {

    /** A failed or informational outcome with its time span and evidence snapshot. */
    record Verdict(Outcome outcome, Instant first, Instant last, ListingDocument snapshot) {
    }

    private final AppQuarter app;
    private final Map<CheckId, Verdict> findings = new EnumMap<>(CheckId.class);
    private final Set<CheckId> passed = EnumSet.noneOf(CheckId.class);

    AppVerdicts(AppQuarter app) {
        this.app = app;
    }

    AppQuarter app() {
        return app;
    }

    AppKey key() {
        return new AppKey(app.store(), app.packageName());
    }

    /** Records an outcome: failed and informational ones become findings, passed ones may rectify. */
    void record(CheckId check, Outcome outcome, Instant first, Instant last, ListingDocument snapshot) {
        switch (outcome.status()) {
            case FAILED, INFORMATIONAL -> findings.put(check, new Verdict(outcome, first, last, snapshot));
            case PASSED -> passed.add(check);
            case UNKNOWN -> { }
        }
    }

    void pass(CheckId check) {
        passed.add(check);
    }

    Map<CheckId, Verdict> findings() {
        return findings;
    }

    boolean passed(CheckId check) {
        return passed.contains(check) && !findings.containsKey(check);
    }
}
