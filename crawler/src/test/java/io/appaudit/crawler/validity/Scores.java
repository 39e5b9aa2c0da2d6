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
              Set<Planted.Key> falseNegatives, Map<Planted.Key, String> how) {

    /** One check's counts; {@code decoys} planted for it and how many of them fired. */
    record CheckScore(String check, int truePositives, int falsePositives, int falseNegatives, int decoys,
                      int decoysFired) {

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
    record StoreScore(String store, long generated, long listings, long audited, long flagged, long trueFlagged) {

        double rate() {
            return audited == 0 ? 0 : (double) flagged / audited;
        }

        /** Planted problems over the apps whose detail reply is whole (a truncated one is no listing). */
        double trueRate() {
            return (double) trueFlagged / listings;
        }
    }

    static Scores of(Catalogue catalogue, Set<Planted.Key> found, List<StoreScore> stores) {
        Set<Planted.Key> truth = catalogue.truth();
        Map<Planted.Key, String> how = new TreeMap<>();
        catalogue.problems().forEach(p -> how.merge(p.key(), p.how(), (a, b) -> a + "; " + b));
        catalogue.decoys().forEach(p -> how.merge(p.key(), "decoy: " + p.how(), (a, b) -> a + "; " + b));
        Map<String, int[]> counts = new TreeMap<>();
        for (Planted d : catalogue.decoys()) {
            int[] c = counts.computeIfAbsent(d.check(), x -> new int[5]);
            c[3]++;
            if (found.contains(d.key())) {
                c[4]++;
            }
        }
        Set<Planted.Key> fp = new TreeSet<>();
        Set<Planted.Key> fn = new TreeSet<>();
        for (Planted.Key k : found) {
            int[] c = counts.computeIfAbsent(k.check(), x -> new int[5]);
            if (truth.contains(k)) {
                c[0]++;
            } else {
                c[1]++;
                fp.add(k);
            }
        }
        for (Planted.Key k : truth) {
            if (!found.contains(k)) {
                counts.computeIfAbsent(k.check(), x -> new int[5])[2]++;
                fn.add(k);
            }
        }
        Map<String, CheckScore> checks = new TreeMap<>();
        counts.forEach((id, c) -> checks.put(id, new CheckScore(id, c[0], c[1], c[2], c[3], c[4])));
        return new Scores(checks, stores, fp, fn, how);
    }

    String markdown() {
        StringBuilder s = new StringBuilder("| check | true positives | false positives | false negatives | precision "
                + "| recall | decoys fired |\n|---|---|---|---|---|---|---|\n");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CheckScore c : checks.values()) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d of %d |%n", c.check(),
                    c.truePositives(), c.falsePositives(), c.falseNegatives(), ratio(c.precision()),
                    ratio(c.recall()), c.decoysFired(), c.decoys()));
            tp += c.truePositives();
            fp += c.falsePositives();
            fn += c.falseNegatives();
        }
        CheckScore all = new CheckScore("all", tp, fp, fn, 0, 0);
        s.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %s | %s | |%n%n", tp, fp, fn,
                ratio(all.precision()), ratio(all.recall())));
        s.append("| store | generated | whole listings | audited | flagged | problem rate | planted rate |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (StoreScore st : stores) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f %% | %.1f %% |%n", st.store(),
                    st.generated(), st.listings(), st.audited(), st.flagged(), 100 * st.rate(),
                    100 * st.trueRate()));
        }
        s.append("\nFalse positives: ").append(falsePositives.isEmpty() ? "none" : "").append('\n');
        falsePositives.forEach(k -> s.append("- ").append(k.check()).append(' ').append(k.store()).append(' ')
                .append(k.pkg()).append(explain(k)).append('\n'));
        s.append("\nFalse negatives: ").append(fn == 0 ? "none" : "").append('\n');
        falseNegatives.forEach(k -> s.append("- ").append(k.check()).append(' ').append(k.store()).append(' ')
                .append(k.pkg()).append(explain(k)).append('\n'));
        return s.toString();
    }

    private String explain(Planted.Key k) {
        String h = how.get(k);
        if (h == null) {
            h = how.entrySet().stream().filter(e -> e.getKey().store().equals(k.store())
                    && e.getKey().pkg().equals(k.pkg())).map(e -> e.getKey().check() + ": " + e.getValue())
                    .reduce((a, b) -> a + "; " + b).map(x -> "planted on this listing: " + x).orElse(null);
        }
        return h == null ? "" : " (" + h + ")";
    }

    private static String ratio(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.2f", d);
    }
}
