package io.appaudit.crawler.validity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Findings against the planted truth: per check the true positives, false positives and false negatives with
 * precision and recall (undefined, shown as "–", where the check neither fired nor was planted), and per store the
 * problem rate measured against the planted one.
 */
record Scores(Map<String, CheckScore> checks, List<StoreScore> stores, Set<Planted.Key> falsePositives,
              Set<Planted.Key> falseNegatives) {

    /** One check's counts. */
    record CheckScore(String check, int truePositives, int falsePositives, int falseNegatives) {

        Double precision() {
            int fired = truePositives + falsePositives;
            return fired == 0 ? null : (double) truePositives / fired;
        }

        Double recall() {
            int planted = truePositives + falseNegatives;
            return planted == 0 ? null : (double) truePositives / planted;
        }
    }

    /** One store: apps audited and flagged by the tool, and flagged in the truth (of the apps generated). */
    record StoreScore(String store, long generated, long audited, long flagged, long trueFlagged) {

        double rate() {
            return audited == 0 ? 0 : (double) flagged / audited;
        }

        double trueRate() {
            return (double) trueFlagged / generated;
        }
    }

    static Scores of(Set<Planted.Key> truth, Set<Planted.Key> found, List<StoreScore> stores) {
        Map<String, int[]> counts = new TreeMap<>();
        Set<Planted.Key> fp = new TreeSet<>();
        Set<Planted.Key> fn = new TreeSet<>();
        for (Planted.Key k : found) {
            int[] c = counts.computeIfAbsent(k.check(), x -> new int[3]);
            if (truth.contains(k)) {
                c[0]++;
            } else {
                c[1]++;
                fp.add(k);
            }
        }
        for (Planted.Key k : truth) {
            if (!found.contains(k)) {
                counts.computeIfAbsent(k.check(), x -> new int[3])[2]++;
                fn.add(k);
            }
        }
        Map<String, CheckScore> checks = new TreeMap<>();
        counts.forEach((id, c) -> checks.put(id, new CheckScore(id, c[0], c[1], c[2])));
        return new Scores(checks, stores, fp, fn);
    }

    String markdown() {
        StringBuilder s = new StringBuilder("| check | true positives | false positives | false negatives | precision "
                + "| recall |\n|---|---|---|---|---|---|\n");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CheckScore c : checks.values()) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", c.check(), c.truePositives(),
                    c.falsePositives(), c.falseNegatives(), ratio(c.precision()), ratio(c.recall())));
            tp += c.truePositives();
            fp += c.falsePositives();
            fn += c.falseNegatives();
        }
        CheckScore all = new CheckScore("all", tp, fp, fn);
        s.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %s | %s |%n%n", tp, fp, fn,
                ratio(all.precision()), ratio(all.recall())));
        s.append("| store | generated | audited | flagged | problem rate | planted rate |\n|---|---|---|---|---|---|\n");
        for (StoreScore st : stores) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f %% | %.1f %% |%n", st.store(),
                    st.generated(), st.audited(), st.flagged(), 100 * st.rate(), 100 * st.trueRate()));
        }
        s.append("\nFalse positives: ").append(falsePositives.isEmpty() ? "none" : "").append('\n');
        falsePositives.forEach(k -> s.append("- ").append(k.check()).append(' ').append(k.store()).append(' ')
                .append(k.pkg()).append('\n'));
        s.append("\nFalse negatives: ").append(fn == 0 ? "none" : "").append('\n');
        falseNegatives.forEach(k -> s.append("- ").append(k.check()).append(' ').append(k.store()).append(' ')
                .append(k.pkg()).append('\n'));
        return s.toString();
    }

    private static String ratio(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.2f", d);
    }
}
