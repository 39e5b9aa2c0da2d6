package io.appaudit.crawler.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.crawler.crawl.Crawler;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckingSink;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's previous quarter: the crawl of a second replay (the stores as they were a quarter ago), run now
 * through the real crawler and checks, with every snapshot and crawl run dated back into the previous quarter
 * ({@link BackdatedSink}), then that quarter's checks. The current quarter's audit that follows then has a quarter to
 * compare with: a trend, and new, persisting and rectified findings.
 */
public final class PreviousQuarterCrawl {

    private static final Logger log = LoggerFactory.getLogger(PreviousQuarterCrawl.class);
    /** More than the snapshots one store's crawl of the demo writes (about 60). */
    private static final int MAX_SNAPSHOTS_PER_RUN = 10_000;

    /** What the crawl and the checks of the previous quarter did. */
    public record Result(Quarter quarter, List<StoreOutcome> crawl, CheckRun.Summary checks) {
    }

    private final AppauditConfig config;
    private final Duration backBy;

    /** @param now the time of the demo; the previous quarter's crawl is dated as far into that quarter as now is into its own */
    public PreviousQuarterCrawl(AppauditConfig config, Instant now) {
        this.config = config;
        this.backBy = backBy(now);
    }

    /**
     * How far back the crawl is dated: to the same offset into the previous quarter as {@code now} is into its own
     * (at most a day before the previous quarter ends), about 91 days, the span between the demo's two replays.
     */
    public static Duration backBy(Instant now) {
        Quarter current = Quarter.of(now);
        Quarter previous = current.previous();
        Duration into = Duration.between(current.start(), now);
        Duration latest = Duration.between(previous.start(), previous.end()).minusDays(1);
        return Duration.between(previous.start().plus(into.compareTo(latest) > 0 ? latest : into), now);
    }

    public Result run(ElasticSession es, CrawlOptions options) throws IOException {
        Quarter quarter = Quarter.of(Instant.now().minus(backBy));
        ListingChecks checks = ListingChecks.of(CheckContext.load(config.checks()));
        log.info("Demo: crawling the previous quarter's replay, dated back {} days into {}", backBy.toDays(), quarter);
        List<StoreOutcome> outcomes = new Crawler(config, es,
                sink -> new BackdatedSink(new CheckingSink(sink, checks), backBy)).run(options, Optional.empty());
        for (StoreOutcome o : outcomes) {
            moveSnapshots(es, o);
            backdateRun(es.connection(), es.layout().crawlRunsIndex(), o.runId());
        }
        CheckRun.Summary summary = new CheckRun(es.connection(), es.layout(), checks).run(quarter, false);
        return new Result(quarter, outcomes, summary);
    }

    /** A run's snapshots go to the monthly index of its backdated start, where the quarter's readers look. */
    private void moveSnapshots(ElasticSession es, StoreOutcome o) throws IOException {
        String from = es.layout().listingsIndex(o.started());
        String to = es.layout().listingsIndex(o.started().minus(backBy));
        if (from.equals(to)) {
            return;
        }
        ElasticConnection c = es.connection();
        c.rest().performRequest(new Request("POST", "/" + from + "/_refresh"));
        Request search = new Request("GET", "/" + from + "/_search");
        search.setJsonEntity("{\"size\":" + MAX_SNAPSHOTS_PER_RUN + ",\"query\":{\"term\":{\"run_id\":"
                + c.mapper().writeValueAsString(o.runId()) + "}}}");
        JsonNode hits = c.mapper().readTree(c.rest().performRequest(search).getEntity().getContent())
                .path("hits").path("hits");
        if (hits.isEmpty()) {
            return;
        }
        StringBuilder copy = new StringBuilder();
        StringBuilder delete = new StringBuilder();
        for (JsonNode h : hits) {
            String id = c.mapper().writeValueAsString(h.path("_id").asText());
            copy.append("{\"index\":{\"_index\":\"").append(to).append("\",\"_id\":").append(id).append("}}\n")
                    .append(c.mapper().writeValueAsString(h.path("_source"))).append('\n');
            delete.append("{\"delete\":{\"_index\":\"").append(from).append("\",\"_id\":").append(id).append("}}\n");
        }
        bulk(c, copy.toString(), "copy " + o.store() + "'s snapshots to " + to);
        bulk(c, delete.toString(), "remove " + o.store() + "'s snapshots from " + from);
    }

    private static void bulk(ElasticConnection c, String ndjson, String what) throws IOException {
        Request r = new Request("POST", "/_bulk?refresh=true");
        r.setJsonEntity(ndjson);
        JsonNode answer = c.mapper().readTree(c.rest().performRequest(r).getEntity().getContent());
        if (answer.path("errors").asBoolean()) {
            throw new ElasticException("Could not " + what + ": " + answer.path("items").toString()
                    .substring(0, Math.min(500, answer.path("items").toString().length())));
        }
    }

    /** The run's record is dated back with its snapshots, so the crawl health of each quarter shows its own run. */
    private void backdateRun(ElasticConnection c, String index, String runId) throws IOException {
        String path = "/" + index + "/_doc/" + URLEncoder.encode(runId, StandardCharsets.UTF_8);
        JsonNode got;
        try {
            got = c.mapper().readTree(c.rest().performRequest(new Request("GET", path)).getEntity().getContent());
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
            log.warn("Demo: crawl run {} was not recorded; the previous quarter's crawl health will lack it", runId);
            return;
        }
        ObjectNode run = (ObjectNode) got.path("_source");
        for (String field : List.of("@timestamp", "started_at", "ended_at")) {
            if (run.hasNonNull(field)) {
                run.put(field, Instant.parse(run.get(field).asText()).minus(backBy).toString());
            }
        }
        Request put = new Request("PUT", path + "?refresh=true");
        put.setJsonEntity(c.mapper().writeValueAsString(run));
        c.rest().performRequest(put);
    }
}
