package io.appaudit.indexer.layout;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;

/**
 * Deletes every index, index template and component template whose name starts with a prefix and a dash, and nothing
 * else: what a demo forgets before it runs again.
 */
public final class PrefixRemoval {

    /** What was deleted. */
    public record Removed(List<String> indices, List<String> templates) {
        public Removed {
            indices = List.copyOf(indices);
            templates = List.copyOf(templates);
        }
    }

    private final ElasticConnection es;
    private final String prefix;

    public PrefixRemoval(ElasticConnection es, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("Refusing to delete the indices of a blank prefix");
        }
        this.es = es;
        this.prefix = prefix;
    }

    /**
     * Deletes the prefix's indices (hidden and closed ones too), then its index and component templates.
     *
     * @throws ElasticException when Elasticsearch cannot list or delete them
     */
    public Removed run() {
        List<String> indices = names("/_resolve/index/" + prefix + "-*?expand_wildcards=all", "indices");
        if (!indices.isEmpty()) {
            // concrete names, comma-separated: allowed even where action.destructive_requires_name forbids wildcards
            delete("/" + String.join(",", indices), "indices");
        }
        List<String> templates = new ArrayList<>();
        for (String t : names("/_index_template/" + prefix + "-*", "index_templates")) {
            delete("/_index_template/" + t, "index template " + t);
            templates.add(t);
        }
        for (String t : names("/_component_template/" + prefix + "-*", "component_templates")) {
            delete("/_component_template/" + t, "component template " + t);
            templates.add(t);
        }
        return new Removed(indices, templates);
    }

    private List<String> names(String path, String listKey) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode n = es.mapper().readTree(es.rest().performRequest(new Request("GET", path)).getEntity()
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
            throw failed("list the " + listKey.replace('_', ' '), e);
        } catch (IOException e) {
            throw failed("list the " + listKey.replace('_', ' '), e);
        }
    }

    private void delete(String path, String what) {
        try {
            es.rest().performRequest(new Request("DELETE", path));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw failed("delete the " + what, e);
            }
        } catch (IOException e) {
            throw failed("delete the " + what, e);
        }
    }

    private ElasticException failed(String what, IOException e) {
        return new ElasticException("Could not " + what + " of prefix " + prefix + ": " + e.getMessage(), e);
    }
}
