package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.config.CrawlHealthConfig;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When answers say that an endpoint is gone or that its pages cannot be read. */
class EndpointJudgeTest {

    private static final CrawlHealthConfig HALF = new CrawlHealthConfig(5, 0.10, 0.5, 0.5);

    private static AnswerTally tally(Endpoint e, int ok, int gone, int parseProblems) {
        AnswerTally t = new AnswerTally();
        for (int i = 0; i < ok; i++) {
            t.answered(e, 200);
        }
        for (int i = 0; i < gone; i++) {
            t.answered(e, i % 2 == 0 ? 404 : 410);
        }
        for (int i = 0; i < parseProblems; i++) {
            t.add(e, AnswerClass.PARSE_PROBLEM);
        }
        return t;
    }

    @Test
    void aDetailEndpointAnswering404ForEveryAppIsGoneWithTheCountsInItsReason() {
        var judge = new EndpointJudge(HALF, OptionalDouble.empty());
        assertThat(judge.detailGone(tally(Endpoint.DETAIL, 0, 40, 0))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("detail endpoint answers 404/410 for 40 of 40 apps the lists show (100 %, at or over "
                        + "crawl.endpoint-gone-share 50 %)"));
        assertThat(judge.detailHealthy(tally(Endpoint.DETAIL, 0, 40, 0))).isFalse();
    }

    @Test
    void aFewGenuinely404AppsLeaveTheDetailEndpointHealthy() {
        var judge = new EndpointJudge(HALF, OptionalDouble.empty());
        assertThat(judge.detailGone(tally(Endpoint.DETAIL, 38, 2, 0))).isEmpty();
        assertThat(judge.detailHealthy(tally(Endpoint.DETAIL, 38, 2, 0))).isTrue();
    }

    @Test
    void fewerThanTenDetailRequestsAreNotJudged() {
        var judge = new EndpointJudge(HALF, OptionalDouble.empty());
        assertThat(judge.detailGone(tally(Endpoint.DETAIL, 0, 9, 0))).isEmpty();
    }

    @Test
    void aStoreThatUsuallyAnswers404OftenNeedsTwiceItsUsualShare() {
        var judge = new EndpointJudge(HALF, OptionalDouble.of(0.4));
        assertThat(judge.goneShare()).isEqualTo(0.8);
        assertThat(judge.detailGone(tally(Endpoint.DETAIL, 30, 70, 0))).isEmpty();
        assertThat(judge.detailGone(tally(Endpoint.DETAIL, 10, 90, 0))).hasValueSatisfying(r -> assertThat(r)
                .contains("where the last healthy run saw 40 %"));
    }

    @Test
    void listPagesThatMostlyFailToParseAreUnreadableWithTheCountsInTheReason() {
        var judge = new EndpointJudge(HALF, OptionalDouble.empty());
        assertThat(judge.problems(tally(Endpoint.LIST, 12, 0, 12))).containsExactly("list pages: 12 of 12 could not "
                + "be read (100 %, at or over crawl.parse-problem-share 50 %)");
        assertThat(judge.problems(tally(Endpoint.LIST, 12, 0, 2))).isEmpty();
    }

    @Test
    void unreadableDetailPagesMakeTheDetailEndpointUnhealthy() {
        var judge = new EndpointJudge(HALF, OptionalDouble.empty());
        assertThat(judge.detailHealthy(tally(Endpoint.DETAIL, 20, 0, 15))).isFalse();
    }

    @Test
    void theTallySurvivesBeingSavedAndLoadedWithTheCounters() {
        CrawlCounters before = new CrawlCounters();
        before.answers().answered(Endpoint.DETAIL, 404);
        before.answers().add(Endpoint.LIST, AnswerClass.TRANSPORT);
        Map<String, Long> saved = before.toMap();
        CrawlCounters after = new CrawlCounters();
        after.load(saved);
        assertThat(after.answers().get(Endpoint.DETAIL, AnswerClass.GONE)).isEqualTo(1);
        assertThat(after.answers().get(Endpoint.LIST, AnswerClass.TRANSPORT)).isEqualTo(1);
        assertThat(after.answers().line(Endpoint.DETAIL)).isEqualTo("404/410 1");
        assertThat(after.answers().line(Endpoint.PROBE)).isEqualTo("none");
    }

    @Test
    void statusesFallIntoTheirClasses() {
        assertThat(AnswerClass.of(204)).isEqualTo(AnswerClass.OK);
        assertThat(AnswerClass.of(304)).isEqualTo(AnswerClass.REDIRECT);
        assertThat(AnswerClass.of(410)).isEqualTo(AnswerClass.GONE);
        assertThat(AnswerClass.of(429)).isEqualTo(AnswerClass.TOO_MANY);
        assertThat(AnswerClass.of(403)).isEqualTo(AnswerClass.OTHER_CLIENT);
        assertThat(AnswerClass.of(503)).isEqualTo(AnswerClass.SERVER);
    }
}
