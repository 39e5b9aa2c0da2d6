package io.appaudit.crawler.audit;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.layout.PrefixRemoval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets everything an earlier demo left, so that every demo run gives the same numbers whatever was done in
 * between: its data folder (bundle, crawl state, evidence, reports) and, in Elasticsearch, every index and every
 * template whose name starts with the demo's own prefix ({@code <elastic.index-prefix>-demo-}). Nothing outside
 * that prefix is touched.
 */
public final class DemoReset {

    private static final Logger log = LoggerFactory.getLogger(DemoReset.class);

    private final ElasticConnection es;
    private final String prefix;

    /**
     * @param prefix the demo's index prefix; it must end in "-demo", so that a mistake can never point the reset
     *               at a real audit's indices
     */
    public DemoReset(ElasticConnection es, String prefix) {
        if (prefix == null || !prefix.endsWith("-demo")) {
            throw new IllegalArgumentException("Refusing to reset the index prefix '" + prefix
                    + "': only a demo prefix (<prefix>-demo) is reset");
        }
        this.es = es;
        this.prefix = prefix;
    }

    /** Deletes the demo's data folder and its indices and templates; returns what was removed of the latter. */
    public PrefixRemoval.Removed run(Path dataFolder) {
        try {
            DemoBundle.deleteTree(dataFolder);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not empty the demo's folder " + dataFolder + " (" + e.getMessage()
                    + "): delete it by hand and run the demo again", e);
        }
        PrefixRemoval.Removed removed;
        try {
            removed = new PrefixRemoval(es, prefix).run();
        } catch (ElasticException e) {
            throw new ElasticException(e.getMessage() + ". The demo starts afresh only once they are gone; check that "
                    + "Elasticsearch is reachable.", e);
        }
        log.info("Demo reset: deleted {} and its indices {} and templates {}", dataFolder, removed.indices(),
                removed.templates());
        return removed;
    }
}
