package io.appaudit.crawler.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
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

    /** What the reset removed, for the log and tests. */
    public record Removed(List<String> indices, List<String> templates) {
        public Removed {
            indices = List.copyOf(indices);
            templates = List.copyOf(templates);
        }
    }

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

    /** Deletes the demo's data folder and its indices and templates. */
    public Removed run(Path dataFolder) {
        try {
            DemoBundle.deleteTree(dataFolder);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not empty the demo's folder " + dataFolder + " (" + e.getMessage()
                    + "): delete it by hand and run the demo again", e);
        }
        List<String> indices = names("GET", "/_resolve/index/" + prefix + "-*?expand_wildcards=all", "indices");
        if (!indices.isEmpty()) {
            // concrete names, comma-separated: allowed even where action.destructive_requires_name forbids wildcards
            send("DELETE", "/" + String.join(",", indices), "indices");
        }
        List<String> templates = new ArrayList<>();
        for (String t : names("GET", "/_index_template/" + prefix + "-*", "index_templates")) {
            send("DELETE", "/_index_template/" + t, "index template " + t);
            templates.add(t);
        }
        for (String t : names("GET", "/_component_template/" + prefix + "-*", "component_templates")) {
            send("DELETE", "/_component_template/" + t, "component template " + t);
            templates.add(t);
        }
        log.info("Demo reset: deleted {} and its indices {} and templates {}", dataFolder, indices, templates);
        return new Removed(indices, templates);
    }

    private List<String> names(String method, String path, String listKey) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode n = es.mapper().readTree(es.rest().performRequest(new Request(method, path)).getEntity()
                    .getContent());
            for (JsonNode item : n.path(listKey)) {
                String name = item.path("name").asText();
                if (name.startsWith(prefix + "-")) {
                    out.add(name);
                }
            }
            return out;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return out;
            }
            throw failed("list the demo's " + listKey.replace('_', ' '), e);
        } catch (IOException e) {
            throw failed("list the demo's " + listKey.replace('_', ' '), e);
        }
    }

    private void send(String method, String path, String what) {
        try {
            es.rest().performRequest(new Request(method, path));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw failed("delete the demo's " + what, e);
            }
        } catch (IOException e) {
            throw failed("delete the demo's " + what, e);
        }
    }

    private ElasticException failed(String what, IOException e) {
        return new ElasticException("Could not " + what + " (prefix " + prefix + "): " + e.getMessage()
                + ". The demo starts afresh only once they are gone; check that Elasticsearch is reachable.", e);
    }
}
