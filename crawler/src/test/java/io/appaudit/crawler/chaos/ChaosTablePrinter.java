package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the chaos table when a test run that recorded chaos rows ends (registered as a JUnit Platform listener,
 * so a plain {@code ./mvnw verify} shows it too), and keeps it in {@code target/chaos/table.txt}. Only the rows of
 * this run are shown.
 */
public final class ChaosTablePrinter implements TestExecutionListener {

    /** A file system's modification times may be a little coarse: rows of this run are never older than this. */
    private final long started = System.currentTimeMillis() - 2_000;

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<ChaosRow> rows = ChaosTable.read(ChaosTable.rows(), started);
        if (rows.isEmpty()) {
            return;
        }
        String table = ChaosTable.render(rows);
        Path file = ChaosTable.rows().resolveSibling("table.txt");
        System.out.println();
        System.out.println("Chaos suite (also in " + file + "):");
        System.out.print(table);
        try {
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("(could not keep the table in " + file + ": " + e.getMessage() + ")");
        }
    }
}
