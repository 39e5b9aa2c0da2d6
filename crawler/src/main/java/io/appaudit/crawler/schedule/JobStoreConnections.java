package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.ScheduleConfig;
import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.quartz.utils.ConnectionProvider;

/**
 * Connections to the job store's database, a new one per transaction: the scheduler asks for a few a minute, which
 * needs no pool (Quartz's pools, c3p0 and HikariCP, are not on the class path). An H2 database is held open by one
 * connection for as long as the store is used: H2 closes a database with its last connection, which would stop the
 * server that {@code AUTO_SERVER=TRUE} runs for other processes (a second node, {@code --run-now}).
 */
final class JobStoreConnections implements ConnectionProvider {

    private final String url;
    private final Properties credentials = new Properties();
    private Optional<Connection> anchor = Optional.empty();

    JobStoreConnections(ScheduleConfig config) {
        this.url = config.jdbcUrl();
        config.jdbcUser().ifPresent(u -> credentials.setProperty("user", u));
        config.jdbcPassword().ifPresent(p -> credentials.setProperty("password", p));
    }

    String url() {
        return url;
    }

    boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    /** Opens the database and, for H2, keeps it open until {@link #shutdown()}. */
    @Override
    public synchronized void initialize() throws SQLException {
        if (isH2() && anchor.isEmpty()) {
            createH2FolderOwnerOnly();
            anchor = Optional.of(getConnection());
        }
    }

    /** An H2 file database's folder (schedule/ in the data folder by default) is made rwx------ before H2 makes it. */
    private void createH2FolderOwnerOnly() throws SQLException {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return;
        }
        String file = url.substring(prefix.length()).split(";", 2)[0];
        Path folder = Path.of(file).toAbsolutePath().getParent();
        try {
            if (folder != null) {
                OwnerOnly.createFolders(folder);
            }
        } catch (IOException e) {
            throw new SQLException("Cannot create the schedule's folder " + folder + " (" + e.getMessage()
                    + "): make its parent writable, or set schedule.jdbc-url to another place", e);
        }
    }

    @Override
    public synchronized void shutdown() throws SQLException {
        if (anchor.isPresent()) {
            Connection c = anchor.get();
            anchor = Optional.empty();
            c.close();
        }
    }
}
