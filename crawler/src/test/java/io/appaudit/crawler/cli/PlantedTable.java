package io.appaudit.crawler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** demo/PLANTED.md's table: what the demo's audit must report, with each problem's status against the previous quarter. */
record PlantedTable(List<Row> rows) {

    /** A store, package and check, as PLANTED.md and the findings name them. */
    record Key(String store, String pkg, String check) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    /** One row: its key, outcome ({@code problem}, {@code informational}, {@code none}, {@code unknown}) and status. */
    record Row(Key key, String outcome, String status) {
    }

    static PlantedTable read() throws IOException {
        return new PlantedTable(Files.readAllLines(Path.of("..", "demo", "PLANTED.md")).stream()
                .filter(l -> l.startsWith("| ") && l.split("\\|").length >= 7)
                .map(l -> l.split("\\|"))
                .filter(c -> !c[1].trim().equals("store"))
                .map(c -> new Row(new Key(c[1].trim(), c[2].trim(), c[3].trim()), c[4].trim(), c[5].trim()))
                .toList());
    }

    Set<Key> keys(Predicate<Row> which) {
        return rows.stream().filter(which).map(Row::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The problems of this quarter: new or persisting. */
    Set<Key> problemsNow() {
        return keys(r -> r.outcome().equals("problem") && !r.status().equals("rectified"));
    }

    /** The problems of the previous quarter: persisting or rectified. */
    Set<Key> problemsBefore() {
        return keys(r -> r.outcome().equals("problem") && !r.status().equals("new"));
    }

    Set<Key> withStatus(String status) {
        return keys(r -> r.outcome().equals("problem") && r.status().equals(status));
    }

    Set<Key> informational() {
        return keys(r -> r.outcome().equals("informational"));
    }
}
