package io.appaudit.crawler.schedule;

import io.appaudit.indexer.docs.CrawlRunOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quartz.utils.ConnectionProvider;

/**
 * The runs of the jobs, in the job store beside Quartz's tables ({@value #TABLE}): each node writes a row when a job
 * starts and completes it when the job ends, so that {@code --list} shows the last outcome of every job and
 * {@code --run-now --wait} sees its request answered, whatever node ran it and whether Elasticsearch was up.
 */
public final class JobRuns {

    static final String TABLE = "APPAUDIT_JOB_RUNS";
    /** The outcome of a run whose node died before it ended. */
    public static final String ABANDONED = "abandoned";
    private static final int DETAIL_LENGTH = 2000;
    private static final String COLUMNS = "ID, JOB_NAME, TRIGGERED_BY, REQUEST_ID, INSTANCE_ID, HOST, RECOVERING, "
            + "SCHEDULED_AT, STARTED_AT, ENDED_AT, OUTCOME, RUN_ID, DETAIL";

    private final ConnectionProvider db;
    private final String schedulerName;

    JobRuns(ConnectionProvider db, String schedulerName) {
        this.db = db;
        this.schedulerName = schedulerName;
    }

    /**
     * Records a run that starts now; returns it. A job never runs twice at once, so another run of it still open
     * was left by a node that died (or stopped past its grace time): it is closed as {@value #ABANDONED}.
     */
    JobRun begin(String job, Firing firing, String instanceId, String host) throws SQLException {
        JobRun run = new JobRun(UUID.randomUUID().toString(), job, firing.triggeredBy(), firing.requestId(),
                instanceId, host, firing.recovering(), firing.scheduledAt(), Instant.now(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                + " SET ENDED_AT = ?, OUTCOME = ?, DETAIL = ? WHERE SCHED_NAME = ? AND JOB_NAME = ? "
                + "AND ENDED_AT IS NULL")) {
            s.setLong(1, run.startedAt().toEpochMilli());
            s.setString(2, ABANDONED);
            s.setString(3, "its node stopped during the run; " + instanceId + " took the job over");
            s.setString(4, schedulerName);
            s.setString(5, job);
            s.executeUpdate();
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                + " (SCHED_NAME, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)")) {
            s.setString(1, schedulerName);
            s.setString(2, run.id());
            s.setString(3, job);
            s.setString(4, run.triggeredBy());
            s.setString(5, run.requestId().orElse(null));
            s.setString(6, instanceId);
            s.setString(7, host);
            s.setBoolean(8, run.recovering());
            if (run.scheduledAt().isPresent()) {
                s.setLong(9, run.scheduledAt().get().toEpochMilli());
            } else {
                s.setNull(9, Types.BIGINT);
            }
            s.setLong(10, run.startedAt().toEpochMilli());
            s.executeUpdate();
        }
        return run;
    }

    /** Records how a run ended. */
    void end(JobRun run, CrawlRunOutcome outcome, Optional<String> runId, String detail) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                + " SET ENDED_AT = ?, OUTCOME = ?, RUN_ID = ?, DETAIL = ? WHERE SCHED_NAME = ? AND ID = ?")) {
            s.setLong(1, Instant.now().toEpochMilli());
            s.setString(2, outcome.value());
            s.setString(3, runId.orElse(null));
            s.setString(4, detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail);
            s.setString(5, schedulerName);
            s.setString(6, run.id());
            s.executeUpdate();
        }
    }

    /** Every run of every job, oldest first. */
    public List<JobRun> all() throws SQLException {
        return select("", List.of());
    }

    /** The job's runs, newest first, at most {@code limit}. */
    public List<JobRun> latest(String job, int limit) throws SQLException {
        List<JobRun> runs = select(" AND JOB_NAME = ?", List.of(job));
        List<JobRun> out = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(runs.get(i));
        }
        return out;
    }

    /** The runs answering a run-now request (more than one when a node died during the first). */
    public List<JobRun> answering(String requestId) throws SQLException {
        return select(" AND REQUEST_ID = ?", List.of(requestId));
    }

    private List<JobRun> select(String where, List<String> args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM " + TABLE + " WHERE SCHED_NAME = ?" + where + " ORDER BY STARTED_AT, ID")) {
            s.setString(1, schedulerName);
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 2, args.get(i));
            }
            List<JobRun> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new JobRun(rs.getString(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            instant(rs, 8), Instant.ofEpochMilli(rs.getLong(9)), instant(rs, 10),
                            Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12)),
                            Optional.ofNullable(rs.getString(13))));
                }
            }
            return out;
        }
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }
}
