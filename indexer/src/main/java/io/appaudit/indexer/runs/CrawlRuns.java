package io.appaudit.indexer.runs;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;

/** The crawl-runs index: one document per store and run, written by the crawler and read back by it. */
public final class CrawlRuns {

    private static final TypeReference<Map<String, Map<String, Long>>> ANSWERS = new TypeReference<>() {
    };

    private final ElasticConnection es;
    private final IndexLayout layout;

    public CrawlRuns(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /** Writes the run's document under its run id (replacing an earlier one of the same run). */
    public void record(CrawlRunDocument doc) throws IOException {
        es.client().index(i -> i.index(layout.crawlRunsIndex()).id(doc.runId()).document(doc));
    }

    /** Writes the run's document and waits until searches see it (an audit reads it right after the crawl). */
    public void recordVisible(CrawlRunDocument doc) throws IOException {
        es.client().index(i -> i.index(layout.crawlRunsIndex()).id(doc.runId()).document(doc)
                .refresh(Refresh.WaitFor));
    }

    /** The document of a run; empty when it was not recorded (or the crawl-runs index is gone). */
    public Optional<CrawlRunDocument> find(String runId) throws IOException {
        GetResponse<CrawlRunDocument> r;
        try {
            r = es.client().get(g -> g.index(layout.crawlRunsIndex()).id(runId), CrawlRunDocument.class);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw e;
        }
        return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
    }

    /**
     * The answers per endpoint kind and class of the store's latest healthy runs, newest start first, at most
     * {@code runs}; a run recorded before answers were counted gives an empty map. No crawl-runs index: none.
     */
    public List<Map<String, Map<String, Long>>> latestHealthyAnswers(String store, int runs) throws IOException {
        String query = "{\"size\":" + runs + ",\"_source\":[\"" + CrawlRunDocument.ANSWERS + "\"],"
                + "\"query\":{\"bool\":{\"filter\":[{\"term\":{\"" + Fields.STORE + "\":"
                + es.mapper().writeValueAsString(store) + "}},{\"term\":{\"" + Fields.HEALTHY + "\":true}}]}},"
                + "\"sort\":[{\"" + Fields.STARTED_AT + "\":\"desc\"}]}";
        Request search = new Request("POST", "/" + layout.crawlRunsIndex() + "/_search");
        search.addParameter("ignore_unavailable", "true");
        search.setEntity(new NStringEntity(query, ContentType.APPLICATION_JSON));
        JsonNode r = es.mapper().readTree(es.rest().performRequest(search).getEntity().getContent());
        List<Map<String, Map<String, Long>>> out = new ArrayList<>();
        for (JsonNode hit : r.path("hits").path("hits")) {
            JsonNode answers = hit.path("_source").path(CrawlRunDocument.ANSWERS);
            out.add(answers.isObject() ? es.mapper().convertValue(answers, ANSWERS) : Map.of());
        }
        return out;
    }
}
