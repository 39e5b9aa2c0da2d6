package io.appaudit.crawler.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.utils.ConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler daemons using the job store ({@value #TABLE}), each beating every {@link #HEARTBEAT}: how
 * {@code --run-now} knows whether a daemon will pick its request up, and how a daemon refuses to share a
 * single-node job store with another one. Quartz's own check-in exists only in a cluster.
 */
public final class SchedulerNodes {

    static final String TABLE = "APPAUDIT_SCHEDULER_NODES";
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SchedulerNodes.class);
    /** Rows of nodes silent this long are deleted when a node starts: they died long ago. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final ConnectionProvider db;
    private final String schedulerName;

    SchedulerNodes(ConnectionProvider db, String schedulerName) {
        this.db = db;
        this.schedulerName = schedulerName;
    }

    /** Every node that has a row, live or not. */
    public List<SchedulerNode> all() throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT INSTANCE_ID, HOST, "
                + "PID, CLUSTERED, STARTED_AT, LAST_SEEN FROM " + TABLE + " WHERE SCHED_NAME = ? ORDER BY INSTANCE_ID")) {
            s.setString(1, schedulerName);
            List<SchedulerNode> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new SchedulerNode(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                            Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        }
    }

    /** The nodes beating now. */
    public List<SchedulerNode> alive() throws SQLException {
        Instant now = Instant.now();
        return all().stream().filter(n -> n.alive(now)).toList();
    }

    /**
     * Checks that this node may join: a single-node store takes one daemon, a cluster takes clustered nodes only,
     * and no two live nodes share an id.
     */
    void admit(SchedulerNode self) throws SQLException {
        Instant now = Instant.now();
        for (SchedulerNode other : all()) {
            if (!other.alive(now) || diedHere(other, self)) {
                continue;
            }
            if (other.instanceId().equals(self.instanceId())) {
                throw new JobStoreException("Another scheduler daemon runs with the instance id " + self.instanceId()
                        + " on this job store: " + other.describe() + ", seen " + other.since(now).toSeconds()
                        + " s ago. Stop it, or give each node its own schedule.instance-id (in a cluster, AUTO).");
            }
            if (!self.clustered() || !other.clustered()) {
                throw new JobStoreException("Another scheduler daemon uses this job store: " + other.describe()
                        + ", seen " + other.since(now).toSeconds() + " s ago. A single-node job store takes one "
                        + "daemon: stop the other one, or set schedule.clustered: true on every node (and a unique "
                        + "schedule.instance-id, or AUTO). A daemon that died on another host is forgotten "
                        + HEARTBEAT.multipliedBy(3).toSeconds() + " s after its last heartbeat.");
            }
        }
    }

    /**
     * Registers this node (checked again), once it is ready to run jobs: {@code --run-now} counts on the nodes
     * listed. Returns the membership, closed when the node stops.
     */
    Membership join(SchedulerNode self) throws SQLException {
        admit(self);
        Instant now = Instant.now();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE
                + " WHERE SCHED_NAME = ? AND (INSTANCE_ID = ? OR LAST_SEEN < ?)")) {
            s.setString(1, schedulerName);
            s.setString(2, self.instanceId());
            s.setLong(3, now.minus(FORGET_AFTER).toEpochMilli());
            s.executeUpdate();
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                + " (SCHED_NAME, INSTANCE_ID, HOST, PID, CLUSTERED, STARTED_AT, LAST_SEEN) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, schedulerName);
            s.setString(2, self.instanceId());
            s.setString(3, self.host());
            s.setLong(4, self.pid());
            s.setBoolean(5, self.clustered());
            s.setLong(6, self.startedAt().toEpochMilli());
            s.setLong(7, now.toEpochMilli());
            s.executeUpdate();
        }
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "appaudit-schedule-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleWithFixedDelay(() -> beat(self.instanceId()), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Membership(beat, self.instanceId());
    }

    /** A node's heartbeat; closing it removes the node's row. */
    final class Membership implements AutoCloseable {
        private final ScheduledExecutorService beat;
        private final String instanceId;

        private Membership(ScheduledExecutorService beat, String instanceId) {
            this.beat = beat;
            this.instanceId = instanceId;
        }

        @Override
        public void close() {
            beat.shutdownNow();
            try {
                leave(instanceId);
            } catch (SQLException e) {
                log.warn("Could not remove node {} from {}: {}", instanceId, TABLE, e.toString());
            }
        }
    }

    /** A node of this host whose process is gone (killed) needs no waiting for its heartbeat to age. */
    private static boolean diedHere(SchedulerNode other, SchedulerNode self) {
        return other.host().equals(self.host()) && other.pid() != self.pid()
                && ProcessHandle.of(other.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private void beat(String instanceId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                + " SET LAST_SEEN = ? WHERE SCHED_NAME = ? AND INSTANCE_ID = ?")) {
            s.setLong(1, Instant.now().toEpochMilli());
            s.setString(2, schedulerName);
            s.setString(3, instanceId);
            s.executeUpdate();
        } catch (SQLException e) {
            log.warn("Scheduler heartbeat failed (the job store is unreachable?): {}", e.toString());
        }
    }

    private void leave(String instanceId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE
                + " WHERE SCHED_NAME = ? AND INSTANCE_ID = ?")) {
            s.setString(1, schedulerName);
            s.setString(2, instanceId);
            s.executeUpdate();
        }
    }
}
