package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.runs.CrawlRuns;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
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
        try {
            for (Map<String, Map<String, Long>> answers : new CrawlRuns(es.connection(), es.layout())
                    .latestHealthyAnswers(store.id(), RUNS)) {
                Map<String, Long> detail = answers.getOrDefault("detail", Map.of());
                long requests = 0;
                for (AnswerClass c : AnswerClass.values()) {
                    requests += c == AnswerClass.PARSE_PROBLEM ? 0 : detail.getOrDefault(c.field(), 0L);
                }
                if (requests >= EndpointJudge.MIN_REQUESTS) {
                    return OptionalDouble.of((double) detail.getOrDefault(AnswerClass.GONE.field(), 0L) / requests);
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
