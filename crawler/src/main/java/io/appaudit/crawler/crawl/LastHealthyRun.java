package io.appaudit.crawler.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.OptionalDouble;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store's latest healthy runs saw, from the crawl-runs index: the share of its detail requests that
 * answered 404/410 (apps that are genuinely gone), the store's usual "not listed" rate.
 */
final class LastHealthyRun {

    private static final Logger log = LoggerFactory.getLogger(LastHealthyRun.class);
    /** Healthy runs recorded before the answers were counted have none: the latest few are looked at. */
    private static final int RUNS = 5;

    private final ElasticSession es;

    LastHealthyRun(ElasticSession es) {
        this.es = es;
    }

    /** The share of 404/410 among the detail requests of the latest healthy run that counted them; empty if none. */
    OptionalDouble detailGoneShare(StoreId store) {
        String query = "{\"size\":" + RUNS + ",\"_source\":[\"" + CrawlRunDocument.ANSWERS + "\"],"
                + "\"query\":{\"bool\":{\"filter\":[{\"term\":{\"store\":\"" + store.id() + "\"}},"
                + "{\"term\":{\"healthy\":true}}]}},\"sort\":[{\"started_at\":\"desc\"}]}";
        try {
            Request search = new Request("POST", "/" + es.layout().crawlRunsIndex() + "/_search");
            search.addParameter("ignore_unavailable", "true");
            search.setEntity(new NStringEntity(query, ContentType.APPLICATION_JSON));
            JsonNode r = es.connection().mapper().readTree(es.connection().rest().performRequest(search).getEntity()
                    .getContent());
            for (JsonNode hit : r.path("hits").path("hits")) {
                JsonNode detail = hit.path("_source").path(CrawlRunDocument.ANSWERS).path("detail");
                long requests = 0;
                for (AnswerClass c : AnswerClass.values()) {
                    requests += c == AnswerClass.PARSE_PROBLEM ? 0 : detail.path(c.field()).asLong(0);
                }
                if (requests >= EndpointJudge.MIN_REQUESTS) {
                    return OptionalDouble.of((double) detail.path(AnswerClass.GONE.field()).asLong(0) / requests);
                }
            }
        } catch (IOException | RuntimeException e) {
            // without the history the configured share alone decides: said, not hidden
            log.warn("{}: could not read the last healthy run's answers ({}): judging the detail endpoint by "
                    + "crawl.endpoint-gone-share alone", store, e.toString());
        }
        return OptionalDouble.empty();
    }
}
