package io.appaudit.crawler.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of the job store: Quartz's own eleven, created from Quartz's {@code tables_h2.sql} in an H2 database
 * that has none of them, and only checked in any other database (its administrator runs Quartz's script once:
 * {@code tables_postgres.sql} begins by dropping the tables, so it is never run from here); and appaudit's two
 * beside them (the nodes that run, the runs of the jobs), created when missing.
 */
final class JobStoreSchema {

    static final List<String> QUARTZ_TABLES = List.of("QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS",
            "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS");
    static final String H2_SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_h2.sql";

    static final List<String> OWN_TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS " + SchedulerNodes.TABLE + " ("
                    + "SCHED_NAME VARCHAR(120) NOT NULL, INSTANCE_ID VARCHAR(200) NOT NULL, HOST VARCHAR(200) NOT NULL, "
                    + "PID BIGINT NOT NULL, CLUSTERED BOOLEAN NOT NULL, STARTED_AT BIGINT NOT NULL, "
                    + "LAST_SEEN BIGINT NOT NULL, PRIMARY KEY (SCHED_NAME, INSTANCE_ID))",
            "CREATE TABLE IF NOT EXISTS " + JobRuns.TABLE + " ("
                    + "SCHED_NAME VARCHAR(120) NOT NULL, ID VARCHAR(60) NOT NULL, JOB_NAME VARCHAR(200) NOT NULL, "
                    + "TRIGGERED_BY VARCHAR(20) NOT NULL, REQUEST_ID VARCHAR(60), INSTANCE_ID VARCHAR(200) NOT NULL, "
                    + "HOST VARCHAR(200) NOT NULL, RECOVERING BOOLEAN NOT NULL, SCHEDULED_AT BIGINT, "
                    + "STARTED_AT BIGINT NOT NULL, ENDED_AT BIGINT, OUTCOME VARCHAR(20), RUN_ID VARCHAR(120), "
                    + "DETAIL VARCHAR(2000), PRIMARY KEY (SCHED_NAME, ID))");

    private JobStoreSchema() {
    }

    /**
     * Makes sure every table is there.
     *
     * @param where               the database, for messages
     * @param mayCreateQuartzTables true for H2, whose script only creates
     * @param postgres            name PostgreSQL's script in the advice
     */
    static void prepare(Connection c, String where, boolean mayCreateQuartzTables, boolean postgres)
            throws SQLException {
        Set<String> missing = missingQuartzTables(c);
        if (!missing.isEmpty()) {
            if (missing.size() == QUARTZ_TABLES.size() && mayCreateQuartzTables) {
                createQuartzTables(c);
            } else {
                throw new JobStoreException(advice(where, missing, postgres));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : OWN_TABLES) {
                s.execute(ddl);
            }
        }
    }

    static Set<String> missingQuartzTables(Connection c) throws SQLException {
        Set<String> present = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                present.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        Set<String> missing = new TreeSet<>(QUARTZ_TABLES);
        missing.removeAll(present);
        return missing;
    }

    private static String advice(String where, Set<String> missing, boolean postgres) {
        String script = postgres ? "tables_postgres.sql" : "the tables_<database>.sql script";
        return "The job store " + where + " lacks Quartz's table(s) " + String.join(", ", missing) + ". Create them "
                + "once with " + script + " from Quartz (org/quartz/impl/jdbcjobstore/ in appaudit.jar), leaving out "
                + "its DROP TABLE lines" + (postgres ? ", e.g. unzip -p appaudit.jar org/quartz/impl/jdbcjobstore/"
                + "tables_postgres.sql | grep -v '^DROP TABLE' | psql -v ON_ERROR_STOP=1 -d <database>" : "")
                + "; then start again (see the README, section Scheduling). appaudit creates Quartz's tables only in an H2 database "
                + "that has none of them.";
    }

    private static void createQuartzTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script())) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            // another node may have created them at the same moment
            if (!missingQuartzTables(c).isEmpty()) {
                throw e;
            }
        }
    }

    private static String script() {
        try (InputStream in = JobStoreSchema.class.getResourceAsStream(H2_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Quartz's " + H2_SCRIPT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read Quartz's " + H2_SCRIPT + ": " + e.getMessage(), e);
        }
    }

    /** The script's statements: comment lines dropped, split at semicolons, the closing COMMIT left out. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sql.append(l).append('\n'));
        List<String> out = new ArrayList<>();
        for (String part : sql.toString().split(";")) {
            String s = part.strip();
            if (!s.isEmpty() && !s.equalsIgnoreCase("COMMIT")) {
                out.add(s);
            }
        }
        return out;
    }
}
