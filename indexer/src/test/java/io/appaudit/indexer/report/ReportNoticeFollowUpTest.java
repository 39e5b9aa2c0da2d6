package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.notices.Sighting;
import io.appaudit.indexer.notices.Sighting.Presence;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.report.ReportData.NoticeApp;
import io.appaudit.indexer.report.ReportData.NoticeFollowUp;
import io.appaudit.indexer.report.ReportData.NoticeStore;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report's notice follow-up: per imported batch, each named app's state per store, from stored sightings. */
class ReportNoticeFollowUpTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    private static Sighting seen(String at, Presence p, List<String> failed, List<String> passed) {
        return new Sighting(Instant.parse(at), p, failed, passed);
    }

    private static NoticeStore store(String id, String name, List<Sighting> history, Optional<String> problem) {
        return new NoticeStore(id, name, "com.named.app", FollowUp.of(history, problem));
    }

    private static ReportData data(List<NoticeFollowUp> notices) {
        QuarterRates none = new QuarterRates("2026Q4", "2026Q3", List.of(),
                new QuarterRates.Totals(0, Proportion.of(0, 0), 0, new QuarterRates.Changes(0, 0, 0)), List.of());
        return new ReportData("2026Q4", T, none, List.of(), List.of(), List.of(), List.of(), 86_400, List.of())
                .withNotices(notices);
    }

    private static NoticeFollowUp batch() {
        List<NoticeStore> stores = List.of(
                store("tencent", "Tencent", List.of(seen("2026-11-20T01:00:00Z", Presence.LISTED, List.of(), List.of()),
                        seen("2026-11-25T01:00:00Z", Presence.GONE, List.of(), List.of())), Optional.empty()),
                store("xiaomi", "Xiaomi", List.of(seen("2026-11-20T01:00:00Z", Presence.LISTED, List.of("D1"), List.of()),
                        seen("2026-11-26T01:00:00Z", Presence.LISTED, List.of(), List.of("D1"))), Optional.of("D1")),
                store("huawei", "Huawei", List.of(seen("2026-11-20T01:00:00Z", Presence.LISTED, List.of(), List.of()),
                        seen("2026-11-22T01:00:00Z", Presence.GONE, List.of(), List.of()),
                        seen("2026-11-27T01:00:00Z", Presence.LISTED, List.of(), List.of())), Optional.empty()),
                store("vivo", "vivo", List.of(seen("2026-11-20T01:00:00Z", Presence.NOT_FOUND, List.of(), List.of())),
                        Optional.empty()),
                store("oppo", "OPPO", List.of(seen("2026-11-20T01:00:00Z", Presence.UNKNOWN, List.of(), List.of())),
                        Optional.empty()));
        return new NoticeFollowUp("2026-11-A", LocalDate.parse("2026-11-18"), Instant.parse("2026-11-30T16:00:00Z"),
                "2026-11-30", List.of(new NoticeApp(HOSTILE + " (com.named.app)", stores),
                new NoticeApp("未查询应用 / 某公司", List.of())));
    }

    private static String html(ReportData data) throws IOException {
        StringWriter w = new StringWriter();
        HtmlReport page = new HtmlReport(data, w);
        page.begin();
        page.end();
        return w.toString();
    }

    @Test
    void aBatchWithSightingsShowsEachStoresStateWithItsDatesAndEscapesTheAppName() throws IOException {
        String page = html(data(List.of(batch())));
        Document doc = Jsoup.parse(page);
        Element section = doc.selectFirst("section#notices");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h3").text()).contains("2026-11-A", "published 2026-11-18");
        List<List<String>> rows = section.select("tbody tr").stream().map(r -> r.select("td").eachText()).toList();
        assertThat(rows).containsExactly(
                List.of(HOSTILE + " (com.named.app)", "Tencent", "com.named.app", "removed", "2026-11-25 look-up",
                        "2026-11-25 look-up", "2026-11-20"),
                List.of(HOSTILE + " (com.named.app)", "Xiaomi", "com.named.app", "rectified", "2026-11-26 look-up",
                        "–", "2026-11-26"),
                List.of(HOSTILE + " (com.named.app)", "Huawei", "com.named.app", "re-listed after removal",
                        "2026-11-27 look-up", "2026-11-22 look-up", "2026-11-27"),
                List.of(HOSTILE + " (com.named.app)", "vivo", "com.named.app", "not found by search",
                        "2026-11-20 look-up", "–", "–"),
                List.of(HOSTILE + " (com.named.app)", "OPPO", "com.named.app", "unknown", "–", "–", "–"),
                List.of("未查询应用 / 某公司", "not seen yet by a crawl or a look-up (appaudit notice status looks it up)"));
        assertThat(page).doesNotContain(HOSTILE).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("nav.contents a[href=#notices]")).hasSize(1);
    }

    @Test
    void aDateSeenByACrawlNamesTheCrawlsRunAndARunIdIsEscaped() throws IOException {
        List<Sighting> history = List.of(new Sighting(Instant.parse("2026-11-20T01:00:00Z"), Presence.LISTED,
                        List.of(), List.of(), Optional.of("crawl-1")),
                new Sighting(Instant.parse("2026-11-24T01:00:00Z"), Presence.GONE, List.of(), List.of(),
                        Optional.of("<b>run-2</b>")));
        NoticeFollowUp b = new NoticeFollowUp("2026-11-B", LocalDate.parse("2026-11-18"),
                Instant.parse("2026-11-30T16:00:00Z"), "2026-11-30", List.of(new NoticeApp("应用 (com.named.app)",
                List.of(new NoticeStore("xiaomi", "Xiaomi", "com.named.app",
                        FollowUp.of(history, Optional.empty()))))));

        Document doc = Jsoup.parse(html(data(List.of(b))));

        assertThat(doc.select("section#notices tbody tr td").eachText()).containsExactly("应用 (com.named.app)",
                "Xiaomi", "com.named.app", "removed", "2026-11-24 crawl <b>run-2</b>", "2026-11-24 crawl <b>run-2</b>",
                "2026-11-20");
        assertThat(doc.select("section#notices b")).isEmpty();
    }

    @Test
    void reportJsonCarriesEachBatchsStatesWithTheMarkupEscaped() throws IOException {
        StringWriter w = new StringWriter();
        new ReportJson().numbers(w, data(List.of(batch())));
        assertThat(w.toString()).doesNotContain(HOSTILE);
        JsonNode notices = new ObjectMapper().readTree(w.toString()).path("notices");
        assertThat(notices).hasSize(1);
        JsonNode app = notices.get(0).path("apps").get(0);
        assertThat(app.path("app").asText()).isEqualTo(HOSTILE + " (com.named.app)");
        assertThat(app.path("stores").findValuesAsText("state"))
                .containsExactly("REMOVED", "RECTIFIED", "RELISTED", "NOT_FOUND_BY_SEARCH", "UNKNOWN");
        assertThat(notices.get(0).path("deadline_text").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void withoutAnImportedBatchTheReportHasNoNoticeSection() throws IOException {
        String page = html(data(List.of()));
        assertThat(Jsoup.parse(page).select("#notices")).isEmpty();
        assertThat(page).doesNotContain("Notice follow-up");
        StringWriter w = new StringWriter();
        new ReportJson().numbers(w, data(List.of()));
        assertThat(new ObjectMapper().readTree(w.toString()).path("notices")).isEmpty();
    }
}
