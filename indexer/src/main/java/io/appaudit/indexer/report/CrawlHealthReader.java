package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per store, the crawl runs of a quarter (started or ended in it) from the crawl-runs index, summed by one terms
 * aggregation: outcomes, unhealthy runs (the run's health, or for older runs its adapter's), pages, listings, parse
 * problems, errors, blocked responses, and the latest run with its health and the reason when unhealthy.
 */
final class CrawlHealthReader {

    private static final List<String> SUMS = List.of(Fields.PAGES, Fields.RUN_LISTINGS, Fields.NOT_LISTED,
            Fields.PARSE_PROBLEMS, Fields.ERRORS, Fields.BLOCKED_RESPONSES);

    /** The most unsaturated lists a store's row names. */
    static final int NAMED_LISTS = 5;

    private final ElasticConnection es;
    private final IndexLayout layout;

    CrawlHealthReader(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    List<CrawlHealth> read(Quarter quarter) throws IOException {
        String from = quarter.start().toString();
        String to = quarter.end().toString();
        Query inQuarter = Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.range(r -> r.date(d -> d.field(Fields.STARTED_AT).gte(from).lt(to))))
                .should(s -> s.range(r -> r.date(d -> d.field(Fields.ENDED_AT).gte(from).lt(to))))));
        Map<String, Aggregation> subs = new LinkedHashMap<>();
        for (String f : SUMS) {
            subs.put(f, Aggregation.of(a -> a.sum(s -> s.field(f))));
        }
        subs.put("outcomes", Aggregation.of(a -> a.terms(t -> t.field(Fields.OUTCOME).size(10))));
        // runs written before the run's own health was recorded have only their adapter's
        subs.put("unhealthy", Aggregation.of(a -> a.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                .should(q -> q.term(t -> t.field(Fields.HEALTHY).value(false)))
                .should(q -> q.term(t -> t.field(Fields.ADAPTER_HEALTHY).value(false)))))));
        subs.put("latest", Aggregation.of(a -> a.topHits(t -> t.size(1)
                .sort(o -> o.field(f -> f.field(Fields.STARTED_AT).order(SortOrder.Desc)))
                .source(s -> s.filter(f -> f.includes(Fields.STARTED_AT, Fields.OUTCOME, Fields.ADAPTER_HEALTHY,
                        Fields.FAILURE_REASON, Fields.HEALTHY, Fields.HEALTH_REASON, Fields.DISCOVERY, Fields.ANSWERS,
                        Fields.NOT_LISTED_WITHHELD, Fields.LIST_ONLY))))));
        var r = es.client().search(s -> s.index(layout.crawlRunsIndex()).ignoreUnavailable(true).size(0)
                .query(inQuarter).aggregations("stores", a -> a.terms(t -> t.field(Fields.STORE).size(64))
                        .aggregations(subs)), Void.class);
        Map<String, StringTermsBucket> byStore = new LinkedHashMap<>();
        Aggregate stores = r.aggregations().get("stores");
        if (stores != null) {
            stores.sterms().buckets().array().forEach(b -> byStore.put(b.key().stringValue(), b));
        }
        List<CrawlHealth> out = new ArrayList<>();
        for (StoreId s : StoreId.values()) {
            StringTermsBucket b = byStore.get(s.id());
            if (b != null) {
                out.add(health(s, b));
            }
        }
        return out;
    }

    private static CrawlHealth health(StoreId s, StringTermsBucket b) {
        Map<String, Aggregate> a = b.aggregations();
        Map<String, Long> outcomes = new LinkedHashMap<>();
        a.get("outcomes").sterms().buckets().array().forEach(o -> outcomes.put(o.key().stringValue(), o.docCount()));
        JsonNode latest = a.get("latest").topHits().hits().hits().stream().findFirst()
                .map(h -> h.source()).map(d -> d.to(JsonNode.class)).orElse(null);
        return new CrawlHealth(s.id(), s.displayName(), b.docCount(),
                outcomes.getOrDefault(CrawlRunOutcome.COMPLETED.value(), 0L),
                outcomes.getOrDefault(CrawlRunOutcome.FAILED.value(), 0L),
                outcomes.getOrDefault(CrawlRunOutcome.INTERRUPTED.value(), 0L),
                a.get("unhealthy").filter().docCount(), sum(a, Fields.PAGES), sum(a, Fields.RUN_LISTINGS),
                sum(a, Fields.NOT_LISTED), sum(a, Fields.PARSE_PROBLEMS), sum(a, Fields.ERRORS),
                sum(a, Fields.BLOCKED_RESPONSES),
                latest == null ? null : instant(latest.path("started_at").asText(null)),
                latest == null ? null : latest.path("outcome").asText(null), latestHealthy(latest),
                latest == null ? null : latest.path("health_reason").asText(latest.path("failure_reason").asText(null)),
                discovery(latest), answers(latest),
                latest == null ? 0 : latest.path("not_listed_withheld").asLong(0),
                latest == null ? 0 : latest.path("list_only").asLong(0));
    }

    /** The latest run's discovery lists summed; null when the run recorded none (then its saturation is unknown). */
    static ReportData.Discovery discovery(JsonNode latest) {
        JsonNode lists = latest == null ? null : latest.path("discovery");
        if (lists == null || !lists.isArray() || lists.isEmpty()) {
            return null;
        }
        long saturated = 0;
        long notSaturated = 0;
        long apps = 0;
        List<String> open = new ArrayList<>();
        for (JsonNode c : lists) {
            String saturation = c.path("saturation").asText("");
            apps += Math.max(0, c.path("apps").asLong(0));
            if (saturation.equals("saturated")) {
                saturated++;
            } else if (saturation.equals("not_saturated")) {
                notSaturated++;
                if (open.size() < NAMED_LISTS) {
                    open.add(c.path("kind").asText("?") + ":" + c.path("key").asText("?"));
                }
            }
        }
        return new ReportData.Discovery(lists.size(), saturated, notSaturated, lists.size() - saturated - notSaturated,
                apps, open);
    }

    /** The run's answers per endpoint kind and class; empty for a run recorded before they were counted. */
    private static Map<String, Map<String, Long>> answers(JsonNode latest) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (latest != null) {
            latest.path("answers").fields().forEachRemaining(e -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                e.getValue().fields().forEachRemaining(c -> counts.put(c.getKey(), c.getValue().asLong()));
                out.put(e.getKey(), counts);
            });
        }
        return out;
    }

    /** The run's health; for a run recorded before that was written, its adapter's. */
    private static Boolean latestHealthy(JsonNode latest) {
        if (latest == null) {
            return null;
        }
        JsonNode h = latest.path("healthy").isBoolean() ? latest.path("healthy") : latest.path("adapter_healthy");
        return h.isBoolean() ? h.asBoolean() : null;
    }

    private static long sum(Map<String, Aggregate> a, String field) {
        return Math.round(a.get(field).sum().value());
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
