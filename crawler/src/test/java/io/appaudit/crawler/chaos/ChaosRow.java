package io.appaudit.crawler.chaos;

import java.util.Objects;

/**
 * One line of the chaos table: a fault, what the tool did about it, and the three numbers that must show nothing
 * lost, nothing doubled and nothing false.
 *
 * @param expected      listings the store served (each should be indexed once)
 * @param indexed       distinct listings found in Elasticsearch afterwards
 * @param duplicates    snapshot documents beyond one per served listing
 * @param falseFindings problem findings the fault produced that an undisturbed crawl of the same store does not
 */
record ChaosRow(String fault, String outcome, long expected, long indexed, long duplicates, long falseFindings) {

    ChaosRow {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(outcome, "outcome");
        if (fault.contains("\t") || outcome.contains("\t") || fault.contains("\n") || outcome.contains("\n")) {
            throw new IllegalArgumentException("A chaos row is one line of tab-separated cells: " + fault);
        }
    }

    /** Nothing lost, nothing doubled, nothing false. */
    boolean clean() {
        return indexed == expected && duplicates == 0 && falseFindings == 0;
    }

    String tsv() {
        return String.join("\t", fault, outcome, Long.toString(expected), Long.toString(indexed),
                Long.toString(duplicates), Long.toString(falseFindings));
    }

    static ChaosRow parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
            throw new IllegalArgumentException("Not a chaos row: " + line);
        }
        return new ChaosRow(c[0], c[1], Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]),
                Long.parseLong(c[5]));
    }
}
