package io.appaudit.indexer;

import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.node.EmbeddedNode;
import java.util.List;
import java.util.Optional;

/**
 * Elasticsearch for one run of the tool: the configured cluster, or else the embedded node (reused when
 * {@code appaudit es start} left one running, otherwise started now and stopped when the session closes). The
 * index templates are installed on open.
 */
public final class ElasticSession implements AutoCloseable {

    private final ElasticConnection connection;
    private final Optional<EmbeddedNode> startedNode;
    private final IndexLayout layout;

    private ElasticSession(ElasticConnection connection, Optional<EmbeddedNode> startedNode) {
        this.connection = connection;
        this.startedNode = startedNode;
        this.layout = new IndexLayout(connection.config().indexPrefix());
    }

    public static ElasticSession open(ElasticConfig config) {
        if (!config.useEmbedded()) {
            ElasticSession s = new ElasticSession(ElasticConnection.open(config), Optional.empty());
            s.layout.install(s.connection);
            return s;
        }
        EmbeddedNode node = new EmbeddedNode(config.embedded());
        EmbeddedNode.Running running = node.start(false);
        try {
            ElasticSession s = new ElasticSession(ElasticConnection.open(config.withUrls(List.of(running.url()))),
                    running.startedHere() ? Optional.of(node) : Optional.empty());
            s.layout.install(s.connection);
            return s;
        } catch (RuntimeException e) {
            if (running.startedHere()) {
                node.stop();
            }
            throw e;
        }
    }

    public ElasticConnection connection() {
        return connection;
    }

    public IndexLayout layout() {
        return layout;
    }

    @Override
    public void close() {
        connection.close();
        startedNode.ifPresent(EmbeddedNode::stop);
    }
}
