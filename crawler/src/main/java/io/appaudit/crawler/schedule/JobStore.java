package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.ScheduleConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * The job store: Quartz's JDBC job store in the configured database (an H2 file under the data folder by default),
 * its tables checked (and created in H2), appaudit's tables beside them, and Quartz schedulers over it.
 */
public final class JobStore implements AutoCloseable {

    /** Quartz's scheduler name: every node of a cluster uses it (it is the SCHED_NAME of every row). */
    public static final String SCHEDULER_NAME = "appaudit";
    /**
     * How often an idle daemon looks for triggers stored by another process ({@code --run-now}, another node):
     * Quartz's default, 30 s, is slow for a request someone waits on; this costs a query every 5 s.
     */
    static final Duration IDLE_WAIT = Duration.ofSeconds(5);

    private final ScheduleConfig config;
    private final JobStoreConnections db;
    private final String instanceId;
    private final String host;

    private JobStore(ScheduleConfig config, JobStoreConnections db, String instanceId, String host) {
        this.config = config;
        this.db = db;
        this.instanceId = instanceId;
        this.host = host;
    }

    /** Opens the store's database and makes sure its tables are there. */
    public static JobStore open(ScheduleConfig config) {
        JobStoreConnections db = new JobStoreConnections(config);
        String where = where(config.jdbcUrl());
        try {
            db.initialize();
            try (Connection c = db.getConnection()) {
                JobStoreSchema.prepare(c, where, db.isH2(), db.isPostgres());
            }
        } catch (SQLException e) {
            closeQuietly(db);
            throw new JobStoreException("Cannot use the job store " + where + ": " + e.getMessage()
                    + " (schedule.jdbc-url, schedule.jdbc-user, APPAUDIT_SCHEDULE_JDBC_PASSWORD)", e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
        String host = hostName();
        return new JobStore(config, db, instanceId(config, host), host);
    }

    /**
     * The Quartz instance id for schedule.instance-id. AUTO: on a single node the host name, the same at every
     * start, since a node recovers only the jobs its own id left unfinished; in a cluster the host name and the
     * time, unique (the other nodes recover a node that died, whatever its id).
     */
    static String instanceId(ScheduleConfig config, String host) {
        if (!"AUTO".equals(config.instanceId())) {
            return config.instanceId();
        }
        return config.clustered() ? host + "-" + System.currentTimeMillis() : host;
    }

    /** This node's Quartz instance id (see {@link #instanceId(ScheduleConfig, String)}). */
    public String instanceId() {
        return instanceId;
    }

    public String host() {
        return host;
    }

    public ScheduleConfig config() {
        return config;
    }

    public JobRuns runs() {
        return new JobRuns(db, SCHEDULER_NAME);
    }

    public SchedulerNodes nodes() {
        return new SchedulerNodes(db, SCHEDULER_NAME);
    }

    /** The database, for messages (a password in the URL is masked). */
    public String where() {
        return where(config.jdbcUrl());
    }

    /**
     * A Quartz scheduler over the store, not started: it reads and triggers jobs as it is ({@code --list},
     * {@code --run-now}), and runs them once started (the daemon). One per JVM at a time: Quartz keeps schedulers
     * by name.
     */
    public Scheduler scheduler(JobFactory jobs, int threads) {
        if (SchedulerRepository.getInstance().lookup(SCHEDULER_NAME) != null) {
            throw new IllegalStateException("A Quartz scheduler named " + SCHEDULER_NAME + " already runs in this JVM");
        }
        String dataSource = "appaudit-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, db);
        try {
            Scheduler s = new StdSchedulerFactory(properties(dataSource, threads)).getScheduler();
            s.setJobFactory(jobs);
            return s;
        } catch (SchedulerException e) {
            throw new JobStoreException("Cannot open Quartz's scheduler on " + where() + ": " + e.getMessage(), e);
        }
    }

    private Properties properties(String dataSource, int threads) {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, SCHEDULER_NAME);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_THREAD_NAME, "appaudit-scheduler");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_IDLE_WAIT_TIME, Long.toString(IDLE_WAIT.toMillis()));
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "appaudit-job");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass",
                (db.isPostgres() ? PostgreSQLDelegate.class : StdJDBCDelegate.class).getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // job data as strings, not serialized Java objects
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_USE_PROP, "true");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(config.clustered()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(config.misfireThreshold().toMillis()));
        // other processes write to the store too (--run-now, --list's scheduler): locks in the database, always
        p.setProperty("org.quartz.jobStore.useDBLocks", "true");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(JobStoreConnections db) {
        try {
            db.shutdown();
        } catch (SQLException e) {
            // the database is going away anyway
        }
    }

    static String where(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
