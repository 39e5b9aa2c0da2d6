package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.report.ReportData.CrawlHealth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table 5.5 shows how each store's endpoints answered in its latest run. */
class EndpointAnswersTableTest {

    private static CrawlHealth health(String store, Map<String, Map<String, Long>> answers, long withheld) {
        return new CrawlHealth(store, store.toUpperCase(), 1, 1, 0, 0, 1, 41, 0, 0, 0, 0, 0,
                Instant.parse("2026-12-01T00:00:00Z"), "completed", false, "detail endpoint answers 404/410", null,
                answers,                withheld);
    }

    @Test
    void showsEachEndpointsAnswersByClassAndTheNotListedAnswersThatWereNotRecorded() {
        String html = EndpointAnswersTable.html(List.of(health("oppo", Map.of(
                "list", Map.of("ok_2xx", 1L),
                "detail", Map.of("gone_404_410", 40L, "parse_problem", 40L)), 40)));
        assertThat(html).contains("<td class=\"text\">2xx 1</td><td class=\"text\">404/410 40, parse problem 40</td>"
                + "<td class=\"text\">none</td><td class=\"text\">none</td>")
                .contains("40 \"not listed\" answers not recorded: the detail endpoint was not healthy");
    }

    @Test
    void showsTheListOnlyListingsOfTheLatestRunUnderItsRowAndNoLineWhenThereWereNone() {
        Map<String, Map<String, Long>> answers = Map.of("list", Map.of("ok_2xx", 1L),
                "detail", Map.of("gone_404_410", 12L));
        CrawlHealth withListOnly = new CrawlHealth("oppo", "OPPO", 1, 1, 0, 0, 1, 13, 0, 0, 0, 0, 0,
                Instant.parse("2026-12-01T00:00:00Z"), "completed", false, "detail endpoint answers 404/410", null,
                answers, 12, 12);

        assertThat(EndpointAnswersTable.html(List.of(withListOnly))).contains("12 list-only listings: built from "
                + "the lists alone, their detail pages not had (what the list does not show is unknown)");
        assertThat(EndpointAnswersTable.html(List.of(health("oppo", answers, 12))))
                .doesNotContain("list-only listings:");
    }

    @Test
    void saysARunRecordedBeforeAnswersWereCountedWasNotCountedRatherThanZero() {
        String html = EndpointAnswersTable.html(List.of(health("vivo", Map.of(), 0)));
        assertThat(html).contains("not counted (run recorded before answers were counted)").doesNotContain("none");
    }
}
