package io.appaudit.indexer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrawlRunsTest {

    private static ElasticConnection es;
    private static CrawlRuns runs;

    @BeforeAll
    static void open() {
        es = ElasticConnection.open(TestElasticsearch.config("crawl-runs"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        runs = new CrawlRuns(es, layout);
    }

    @AfterAll
    static void close() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static CrawlRunDocument run(String store, String started, boolean healthy, long gone) {
        Instant at = Instant.parse(started);
        return new CrawlRunDocument(at, RunIds.next(at, store), store, "cli", at, at, 0L, CrawlRunOutcome.COMPLETED,
                null, true, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, "node", healthy, healthy ? null : "no listings",
                null, null, null, Map.of("detail", Map.of("ok_2xx", 10L, "gone_404_410", gone)), 0L, 0L);
    }

    @Test
    void readsBackTheAnswersOfTheLatestHealthyRunsOfOneStoreNewestFirst() throws IOException {
        runs.record(run("oppo", "2026-12-01T00:00:00Z", true, 1));
        runs.record(run("oppo", "2026-12-03T00:00:00Z", false, 3));
        runs.record(run("vivo", "2026-12-04T00:00:00Z", true, 4));
        runs.recordVisible(run("oppo", "2026-12-02T00:00:00Z", true, 2));

        List<Map<String, Map<String, Long>>> answers = runs.latestHealthyAnswers("oppo", 5);

        assertThat(answers).extracting(a -> a.get("detail").get("gone_404_410")).containsExactly(2L, 1L);
    }

    @Test
    void aRecordedRunIsFoundByItsIdAndDatedBackKeepsAllButItsTimes() throws IOException {
        CrawlRunDocument recorded = run("xiaomi", "2026-12-05T00:00:00Z", true, 5);
        runs.recordVisible(recorded);
        Duration quarter = Duration.ofDays(91);

        runs.recordVisible(runs.find(recorded.runId()).orElseThrow().datedBack(quarter));

        CrawlRunDocument back = runs.find(recorded.runId()).orElseThrow();
        assertThat(back.startedAt()).isEqualTo(recorded.startedAt().minus(quarter));
        assertThat(back.timestamp()).isEqualTo(recorded.timestamp().minus(quarter));
        assertThat(back.endedAt()).isEqualTo(recorded.endedAt().minus(quarter));
        assertThat(back).usingRecursiveComparison().ignoringFields("timestamp", "startedAt", "endedAt")
                .isEqualTo(recorded);
    }

    @Test
    void aRunNeverRecordedIsNotFound() throws IOException {
        assertThat(runs.find("20261207T000000Z-oppo-000000")).isEmpty();
    }

    @Test
    void aRunIdNamesTheStartInUtcTheStoreAndThreeRandomBytes() {
        assertThat(RunIds.next(Instant.parse("2026-12-07T12:54:00Z"), "oppo")).matches("20261207T125400Z-oppo-[0-9a-f]{6}");
    }
}
