package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The chaos suite's table. Each fault test records its row as a file of its own under
 * {@code target/chaos/rows/} (so that rows survive separate test JVMs and partial runs); the table is printed at
 * the end of a test run by {@link ChaosTablePrinter} and by {@code chaos/run.sh} through {@link #main}.
 */
public final class ChaosTable {

    private ChaosTable() {
    }

    /** The folder of the rows: {@code target/chaos/rows} of the module the tests run in. */
    static Path rows() {
        return Path.of(System.getProperty("appaudit.chaos.rows", "target/chaos/rows")).toAbsolutePath();
    }

    /** Records a fault's row, replacing an earlier one of the same fault. */
    static void record(ChaosRow row) {
        try {
            Files.createDirectories(rows());
            String file = row.fault().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".tsv";
            Files.writeString(rows().resolve(file), row.tsv() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the chaos row of " + row.fault(), e);
        }
    }

    /** Every row recorded so far, by fault name. */
    static List<ChaosRow> read(Path folder) {
        return read(folder, 0);
    }

    /** The rows recorded since {@code sinceMillis} (a file's modification time), by fault name. */
    static List<ChaosRow> read(Path folder, long sinceMillis) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ChaosRow> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                if (Files.getLastModifiedTime(f).toMillis() < sinceMillis) {
                    continue;
                }
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .map(ChaosRow::parse).forEach(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chaos rows in " + folder, e);
        }
        return out;
    }

    /** The table as text: one line per fault, numbers right-aligned, a verdict line at the end. */
    static String render(List<ChaosRow> rows) {
        int faultWidth = Math.max(5, rows.stream().mapToInt(r -> r.fault().length()).max().orElse(5));
        int outcomeWidth = Math.max(7, rows.stream().mapToInt(r -> r.outcome().length()).max().orElse(7));
        String format = "%-" + faultWidth + "s  %-" + outcomeWidth + "s  %8s  %8s  %10s  %14s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, format, "fault", "outcome", "expected",
                "indexed", "duplicates", "false findings"));
        for (ChaosRow r : rows) {
            sb.append(String.format(Locale.ROOT, format, r.fault(), r.outcome(), r.expected(), r.indexed(),
                    r.duplicates(), r.falseFindings()));
        }
        long clean = rows.stream().filter(ChaosRow::clean).count();
        sb.append(rows.isEmpty() ? "No chaos rows recorded.\n" : clean == rows.size()
                ? "All " + rows.size() + " faults: nothing lost, nothing doubled, nothing false.\n"
                : (rows.size() - clean) + " of " + rows.size() + " faults lost, doubled or invented something.\n");
        return sb.toString();
    }

    /** Prints the table of the rows in {@code args[0]} (default: target/chaos/rows); exit code 1 unless clean. */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : rows();
        List<ChaosRow> all = read(folder);
        System.out.print(render(all));
        System.exit(!all.isEmpty() && all.stream().allMatch(ChaosRow::clean) ? 0 : 1);
    }
}
