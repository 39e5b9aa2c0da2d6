package io.appaudit.indexer.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indices appaudit writes and the templates that shape them. Templates are JSON resources (the single source
 * of the mappings, also read by tests and the Kibana check), installed on first use and again only when their
 * version is newer than the installed one.
 */
public final class IndexLayout {

    private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);
    private static final String COMPONENT = "listing-fields";
    /** Runs longer than this, started before a quarter, lose their snapshots from the quarter's reading. */
    private static final Duration LONGEST_RUN = Duration.ofDays(7);
    private static final List<String> TEMPLATES = List.of("listings", "apps", "findings", "crawl-runs", "shown-fields",
            "app-quarters", "check-state");

    private final String prefix;

    public IndexLayout(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The snapshot index of the month a crawl run started in (UTC), so one run never spans two indices. */
    public String listingsIndex(Instant runStarted) {
        return prefix + "-listings-" + MONTH.format(runStarted);
    }

    /**
     * The monthly snapshot indices that can hold a quarter's snapshots: a run is indexed by the month it started in,
     * so the months from the one of the longest run before the quarter's start (a week) to the quarter's end.
     */
    public List<String> listingsIndices(Quarter quarter) {
        List<String> out = new ArrayList<>();
        ZonedDateTime month = quarter.start().minus(LONGEST_RUN).atZone(ZoneOffset.UTC).withDayOfMonth(1)
                .toLocalDate().atStartOfDay(ZoneOffset.UTC);
        while (month.toInstant().isBefore(quarter.end())) {
            out.add(listingsIndex(month.toInstant()));
            month = month.plusMonths(1);
        }
        return out;
    }

    /** The pattern that covers every listing snapshot index. */
    public String listingsPattern() {
        return prefix + "-listings-*";
    }

    public String appsIndex() {
        return prefix + "-apps";
    }

    public String findingsIndex() {
        return prefix + "-findings";
    }

    public String crawlRunsIndex() {
        return prefix + "-crawl-runs";
    }

    /** Per store and quarter, what the store showed (the measured shares of {@code appaudit check}). */
    public String shownFieldsIndex() {
        return prefix + "-shown-fields";
    }

    /** One document per store, app and quarter: each check's outcome, kept by {@code appaudit check}. */
    public String appQuartersIndex() {
        return prefix + "-app-quarters";
    }

    /** Per quarter, what the last check or app-quarter build read (listings fingerprint, configuration hash). */
    public String checkStateIndex() {
        return prefix + "-check-state";
    }

    /** The raw template JSON of one resource, with the index prefix filled in. */
    public static String templateJson(String resource, String prefix) {
        try (InputStream in = IndexLayout.class.getResourceAsStream("/io/appaudit/indexer/templates/" + resource + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + resource + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{prefix}}", prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the template resources, component first. */
    public static List<String> templateResources() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(COMPONENT), TEMPLATES.stream()).toList();
    }

    /** Installs the component and index templates that are missing or older than ours; idempotent. */
    public void install(ElasticConnection es) {
        ObjectMapper m = es.mapper();
        put(es, m, "_component_template", COMPONENT);
        for (String t : TEMPLATES) {
            put(es, m, "_index_template", t);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put(appsIndex(), "apps");
        fixed.put(findingsIndex(), "findings");
        fixed.put(crawlRunsIndex(), "crawl-runs");
        fixed.put(shownFieldsIndex(), "shown-fields");
        fixed.put(appQuartersIndex(), "app-quarters");
        fixed.put(checkStateIndex(), "check-state");
        fixed.forEach((index, template) -> {
            createIfMissing(es, index);
            addMissingFields(es, m, index, template);
        });
    }

    /**
     * Adds to an index created from an older template the top-level fields the shipped template maps and the index
     * does not (a strict index would refuse documents that carry them). Nothing else of its mapping changes; a
     * field the index maps differently stays as it is.
     */
    private void addMissingFields(ElasticConnection es, ObjectMapper m, String index, String template) {
        try {
            JsonNode ours = m.readTree(templateJson(template, prefix)).path("template").path("mappings")
                    .path("properties");
            // Keyed by concrete index: the name may be an alias of one or more indices (after a reindex).
            JsonNode concrete = m.readTree(es.rest().performRequest(new Request("GET", "/" + index + "/_mapping"))
                    .getEntity().getContent());
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) concrete::fields) {
                JsonNode theirs = entry.getValue().path("mappings").path("properties");
                ObjectNode missing = m.createObjectNode();
                ours.fields().forEachRemaining(f -> {
                    if (!theirs.has(f.getKey())) {
                        missing.set(f.getKey(), f.getValue());
                    }
                });
                if (missing.isEmpty()) {
                    continue;
                }
                Request put = new Request("PUT", "/" + entry.getKey() + "/_mapping");
                put.setJsonEntity(m.writeValueAsString(m.createObjectNode().set("properties", missing)));
                es.rest().performRequest(put);
                List<String> names = new ArrayList<>();
                missing.fieldNames().forEachRemaining(names::add);
                log.info("Added the fields {} of template {} version {} to index {}", names, prefix + "-" + template,
                        m.readTree(templateJson(template, prefix)).path("version").asInt(), entry.getKey());
            }
        } catch (IOException e) {
            throw new ElasticException("Could not add the fields of template " + prefix + "-" + template
                    + " to index " + index + ": " + e.getMessage() + ". Its documents are untouched; if Elasticsearch "
                    + "names a conflicting field, reindex " + index + " into a new index behind an alias of this name "
                    + "(docs/elasticsearch.md, \"Strict mappings\").", e);
        }
    }

    private void put(ElasticConnection es, ObjectMapper m, String api, String resource) {
        String name = prefix + "-" + resource;
        String body = templateJson(resource, prefix);
        try {
            int ours = m.readTree(body).path("version").asInt();
            int installed = installedVersion(es, m, api, name);
            if (installed >= ours) {
                return;
            }
            Request put = new Request("PUT", "/" + api + "/" + name);
            put.setEntity(new NStringEntity(body, ContentType.APPLICATION_JSON));
            es.rest().performRequest(put);
            log.info("Installed {} {} version {} (was {})", api.substring(1).replace('_', ' '), name, ours,
                    installed < 0 ? "absent" : installed);
        } catch (IOException e) {
            throw new ElasticException("Could not install " + api + " " + name + ": " + e.getMessage(), e);
        }
    }

    private static int installedVersion(ElasticConnection es, ObjectMapper m, String api, String name)
            throws IOException {
        try {
            var r = es.rest().performRequest(new Request("GET", "/" + api + "/" + name));
            JsonNode n = m.readTree(r.getEntity().getContent());
            String listKey = api.equals("_component_template") ? "component_templates" : "index_templates";
            String itemKey = api.equals("_component_template") ? "component_template" : "index_template";
            for (JsonNode t : n.path(listKey)) {
                if (name.equals(t.path("name").asText())) {
                    return t.path(itemKey).path("version").asInt(0);
                }
            }
            return -1;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return -1;
            }
            throw e;
        }
    }

    /** Creates the index unless the name answers already, as an index or as an alias (of a reindexed index). */
    private static void createIfMissing(ElasticConnection es, String index) {
        try {
            if (es.rest().performRequest(new Request("HEAD", "/" + index)).getStatusLine().getStatusCode() == 200) {
                return;
            }
            es.rest().performRequest(new Request("PUT", "/" + index));
            log.info("Created index {}", index);
        } catch (ResponseException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw new ElasticException("Could not create index " + index + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new ElasticException("Could not create index " + index + ": " + e.getMessage(), e);
        }
    }
}
