package io.appaudit.crawler.schedule;

import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch session for all of a daemon's jobs: opened by the first job that needs it (a daemon starts even
 * while Elasticsearch is down), checked before each use and opened again when it stopped answering, closed with
 * the daemon. One session, because jobs overlap: a job closing the embedded node it started would pull it from
 * under another job.
 */
final class SharedElastic implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedElastic.class);

    private final ElasticConfig config;
    private Optional<ElasticSession> session = Optional.empty();

    SharedElastic(ElasticConfig config) {
        this.config = config;
    }

    /** The session, opened if need be; throws {@link io.appaudit.indexer.ElasticException} when unreachable. */
    synchronized ElasticSession session() {
        if (session.isPresent() && !answers(session.get())) {
            log.warn("Elasticsearch stopped answering; connecting again");
            closeSession();
        }
        if (session.isEmpty()) {
            session = Optional.of(ElasticSession.open(config));
        }
        return session.get();
    }

    private static boolean answers(ElasticSession s) {
        try {
            s.connection().clusterStatus();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void closeSession() {
        session.ifPresent(s -> {
            try {
                s.close();
            } catch (RuntimeException e) {
                log.warn("Closing the Elasticsearch session failed: {}", e.toString());
            }
        });
        session = Optional.empty();
    }

    @Override
    public synchronized void close() {
        closeSession();
    }
}
