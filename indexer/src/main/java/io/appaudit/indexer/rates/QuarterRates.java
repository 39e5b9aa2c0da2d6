package io.appaudit.indexer.rates;

import java.util.List;
import java.util.Optional;

/**
 * The problem rates of one quarter, per store, family and check, as {@code appaudit rates} prints them and the
 * report shows them. Two different figures are kept apart on purpose: a store's <em>problem rate</em> (its flagged
 * apps ÷ its audited apps) and its <em>share of problems</em> (its problems ÷ all stores' problems, the figure the
 * regulator's notices give).
 *
 * @param previousQuarter the quarter statuses are compared with
 * @param overdue         apps named in the notice file still listed after the deadline (Z5 findings)
 */
public record QuarterRates(String quarter, String previousQuarter, List<StoreRates> stores, Totals totals,
                           List<Overdue> overdue) {

    public QuarterRates {
        stores = List.copyOf(stores);
        overdue = List.copyOf(overdue);
    }

    /** All stores together. */
    public record Totals(long audited, Proportion flagged, long problems, Changes changes) {
    }

    /**
     * One store.
     *
     * @param audited the distinct packages with a listed snapshot in the quarter (N)
     * @param flagged apps with at least one problem (k of N), with the Wilson interval
     * @param share   the regulator-style share: this store's problems ÷ all stores' problems
     */
    public record StoreRates(String store, String storeName, long audited, Proportion flagged, Share share,
                             Changes changes, List<FamilyRates> families, List<CheckRates> checks,
                             Platform platform, List<StaleBucket> staleBuckets) {
        public StoreRates {
            families = List.copyOf(families);
            checks = List.copyOf(checks);
            staleBuckets = List.copyOf(staleBuckets);
        }
    }

    /** One family of checks in one store. */
    public record FamilyRates(String family, String title, Proportion flagged, Share share, Changes changes) {
    }

    /**
     * One check in one store. Its rate is over the apps where it could be evaluated: an app where it is unknown is
     * neither a problem nor a pass. When it was evaluated for none, it has no rate and no interval and
     * {@code notEvaluated} says why (in JSON: {@code "evaluated": 0}, {@code flagged} without rate, low and high,
     * and {@code "not_evaluated": {"reason": …, "label": …}}).
     *
     * @param evaluated     the audited apps where the check could be evaluated (the rate's denominator)
     * @param flagged       apps with this problem of the evaluated apps (k of evaluated), with the Wilson interval
     * @param coverage      evaluated of audited
     * @param notEvaluated  present exactly when evaluated is 0
     * @param informational related-entity and other informational findings (not problems)
     */
    public record CheckRates(String check, String family, String title, long evaluated, Proportion flagged,
                             Proportion coverage, Optional<NotEvaluated> notEvaluated, long informational,
                             Changes changes) {
        public CheckRates {
            if (flagged.n() != evaluated || coverage.k() != evaluated) {
                throw new IllegalArgumentException("Check " + check + ": " + evaluated + " evaluated, but flagged is "
                        + flagged.k() + " of " + flagged.n() + " and coverage " + coverage.k() + " of " + coverage.n());
            }
            if (notEvaluated.isPresent() != (evaluated == 0)) {
                throw new IllegalArgumentException("Check " + check + ": 'not evaluated' must go with 0 evaluated apps, "
                        + "not " + evaluated);
            }
        }

        /** The check in a store where it could be evaluated for {@code evaluated} of {@code audited} apps. */
        public static CheckRates of(String check, String family, String title, long flagged, long evaluated,
                                    long audited, NotEvaluated.Reason ifNone, long informational, Changes changes) {
            return new CheckRates(check, family, title, evaluated, Proportion.of(flagged, evaluated),
                    Proportion.of(evaluated, audited),
                    evaluated == 0 ? Optional.of(new NotEvaluated(ifNone)) : Optional.empty(), informational, changes);
        }
    }

    /** Problems this quarter against the previous one: found anew, found again, or gone. */
    public record Changes(long newProblems, long persisting, long rectified) {
    }

    /** A share of all problems (not a rate): problems here ÷ problems everywhere. */
    public record Share(long problems, long allProblems, Double share) {
        public static Share of(long problems, long all) {
            return new Share(problems, all, all == 0 ? null : Proportion.rounded((double) problems / all));
        }
    }

    /**
     * What a store's listings did not show this quarter (found on less than checks.shown-threshold of its audited
     * apps, as {@code appaudit check} measured), and the checks that are therefore unknown in that store.
     */
    public record Platform(List<NotShown> notShown, List<String> checksUnknown) {
        public Platform {
            notShown = List.copyOf(notShown);
            checksUnknown = List.copyOf(checksUnknown);
        }
    }

    /** A field a store did not show: the share of its apps (of {@code evaluated}) on which it was found. */
    public record NotShown(String field, double share, long evaluated) {
    }

    /** Audited apps whose listing was at least this many days without an update at some crawl of the quarter. */
    public record StaleBucket(int days, long apps) {
    }

    /** An app still listed after the deadline of a take-down notice. */
    public record Overdue(String store, String packageName, String name, String deadline, String notice,
                          String lastSeen) {
    }
}
