package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.rates.NotEvaluated;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.indexer.report.ReportData.UpdateAge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's numbers are those of the rates service (what {@code appaudit rates} prints) on the same data. */
class ReportNumbersTest {

    @TempDir
    static Path dir;
    private static ReportFixture fixture;
    private static QuarterRates rates;
    private static final ObjectMapper JSON = DocumentMapper.create();

    @BeforeAll
    static void writeReport() throws IOException {
        fixture = new ReportFixture("report-numbers", dir);
        rates = new RatesService(fixture.es, fixture.layout, fixture.context).compute(ReportCorpus.Q);
    }

    @AfterAll
    static void cleanUp() {
        fixture.close();
    }

    @Test
    void theCorpusGivesEveryStoreAuditedAndFlaggedApps() {
        assertThat(rates.stores()).extracting(StoreRates::store)
                .containsExactly("tencent", "xiaomi", "oppo", "huawei", "vivo");
        assertThat(rates.stores()).allSatisfy(s -> assertThat(s.flagged().k()).isPositive());
        assertThat(rates.stores().get(0).audited()).isEqualTo(41);
    }

    @Test
    void jsonHoldsTheRatesServicesTreeExactly() throws IOException {
        JsonNode report = JSON.readTree(fixture.read(ReportWriter.JSON));
        JsonNode expected = JSON.readTree(JSON.writeValueAsString(rates));
        assertThat(report.path("rates").toString()).isEqualTo(expected.toString());
    }

    @Test
    void theHeadlineTableShowsEachStoresRateIntervalAndShare() {
        String html = fixture.read(ReportWriter.HTML);
        for (StoreRates s : rates.stores()) {
            String row = "<tr><th class=\"text\">" + s.storeName() + "</th><td>" + Format.count(s.audited()) + "</td><td>"
                    + s.flagged().k() + "</td><td class=\"rate\">" + Format.pct(s.flagged().rate()) + "</td><td>"
                    + Format.interval(s.flagged()) + "</td><td>" + s.share().problems() + "</td><td class=\"share\">"
                    + Format.pct(s.share().share()) + "</td>";
            assertThat(html).contains(row);
        }
    }

    @Test
    void theHeadlineLabelsRateAndShareApart() {
        assertThat(fixture.read(ReportWriter.HTML)).contains("Problem rate = flagged ÷ audited")
                .contains("Share of problems (regulator-style)").contains("Regulator's share, Q1 2021 (context)")
                .contains("<td class=\"context\">14.2 %</td>");
    }

    @Test
    void theCheckTableShowsEachChecksFlaggedAppsOfAudited() {
        String html = fixture.read(ReportWriter.HTML);
        String table = html.substring(html.indexOf("Table 2.2"), html.indexOf("</table>", html.indexOf("Table 2.2")));
        for (CheckId c : CheckId.values()) {
            List<String> cells = new ArrayList<>();
            for (StoreRates s : rates.stores()) {
                CheckRates cr = s.checks().stream().filter(x -> x.check().equals(c.name())).findFirst().orElseThrow();
                cells.add(cr.notEvaluated().map(NotEvaluated::label).orElse(Format.pct(cr.flagged().rate())
                        + "</b><br><small>" + cr.flagged().k() + " of " + cr.flagged().n()));
            }
            String row = table.substring(table.indexOf("</span>" + c.name() + " "));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).containsSubsequence(cells);
        }
    }

    @Test
    void ratesCsvHasARowPerStoreFamilyCheckAndOverdueApp() {
        String csv = fixture.read(ReportWriter.RATES_CSV);
        assertThat(csv.split("\r\n")).hasSize(1 + rates.stores().size() * (1 + 4 + CheckId.values().length)
                + rates.overdue().size());
        StoreRates t = rates.stores().get(0);
        assertThat(csv).contains(String.format(Locale.ROOT, "2026Q4,tencent,store,tencent,应用宝,41,%d,%.6f,%.6f,%.6f,,,%d,%.6f,",
                t.flagged().k(), t.flagged().rate(), t.flagged().low(), t.flagged().high(), t.share().problems(),
                t.share().share()));
    }

    @Test
    void updateAgeBucketsAddUpToTheAuditedApps() {
        for (UpdateAge a : fixture.data.updateAge()) {
            long sum = a.buckets().stream().mapToLong(ReportData.AgeBucket::apps).sum() + a.unknown();
            assertThat(sum).as(a.store()).isEqualTo(rates.stores().stream().filter(s -> s.store().equals(a.store()))
                    .findFirst().orElseThrow().audited());
        }
    }

    @Test
    void appsWithoutAnUpdateDateAreCountedApartAsZ1CannotEvaluateThem() {
        for (UpdateAge a : fixture.data.updateAge()) {
            StoreRates s = rates.stores().stream().filter(x -> x.store().equals(a.store())).findFirst().orElseThrow();
            CheckRates z1 = s.checks().stream().filter(c -> c.check().equals("Z1")).findFirst().orElseThrow();
            assertThat(a.unknown()).as(a.store()).isEqualTo(s.audited() - z1.coverage().k()).isPositive();
        }
    }

    @Test
    void updateAgeFromABoundOnEqualsTheRatesStaleBuckets() {
        for (UpdateAge a : fixture.data.updateAge()) {
            StoreRates s = rates.stores().stream().filter(x -> x.store().equals(a.store())).findFirst().orElseThrow();
            for (QuarterRates.StaleBucket b : s.staleBuckets()) {
                long atLeast = a.buckets().stream().filter(x -> x.fromDays() >= b.days())
                        .mapToLong(ReportData.AgeBucket::apps).sum();
                assertThat(atLeast).as(a.store() + " ≥ " + b.days()).isEqualTo(b.apps());
            }
        }
    }

    @Test
    void theTrendsEarlierQuarterEqualsTheRatesOfThatQuarter() throws IOException {
        QuarterRates q3 = new RatesService(fixture.es, fixture.layout, fixture.context)
                .compute(ReportCorpus.QUARTERS.get(1));
        ReportData.TrendQuarter t = fixture.data.trend().get(2);
        assertThat(t.quarter()).isEqualTo("2026Q3");
        assertThat(t.problems()).isEqualTo(q3.totals().problems());
        for (StoreRates s : q3.stores()) {
            ReportData.TrendStore ts = t.stores().stream().filter(x -> x.store().equals(s.store())).findFirst()
                    .orElseThrow();
            assertThat(ts.flagged()).isEqualTo(s.flagged());
            assertThat(ts.share()).isEqualTo(s.share());
        }
    }

    @Test
    void theTrendCoversTheConfiguredQuartersOldestFirst() {
        assertThat(fixture.data.trend()).extracting(ReportData.TrendQuarter::quarter)
                .containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(fixture.data.trend().get(0).stores()).isEmpty();
    }

    @Test
    void crawlHealthSumsTheQuartersRunsPerStore() {
        ReportData.CrawlHealth tencent = fixture.data.crawlHealth().get(0);
        assertThat(tencent.store()).isEqualTo("tencent");
        assertThat(tencent.runs()).isEqualTo(2);
        assertThat(tencent.unhealthyRuns()).isEqualTo(1);
        assertThat(tencent.pages()).isEqualTo(1130);
        assertThat(tencent.parseProblems()).isEqualTo(37);
        assertThat(tencent.latestHealthy()).isFalse();
        assertThat(fixture.data.crawlHealth()).extracting(ReportData.CrawlHealth::store)
                .containsExactly("tencent", "xiaomi", "oppo", "huawei");
    }

    @Test
    void discoverySaturationOfTheLatestRunNamesTheListsStillBringingNewApps() throws IOException {
        ReportData.Discovery xiaomi = fixture.data.crawlHealth().get(1).latestDiscovery();
        assertThat(xiaomi).isEqualTo(new ReportData.Discovery(2, 1, 1, 0, 30, List.of("search:<b>天气</b>")));
        assertThat(fixture.data.crawlHealth().get(0).latestDiscovery()).isNull();
        String html = fixture.read(ReportWriter.HTML);
        assertThat(html).contains("Table 5.3 Discovery saturation")
                .contains("<tr><th class=\"text\">小米</th><td>2</td><td>1</td><td class=\"bad\">1</td><td>0</td>"
                        + "<td>30</td><td class=\"text\"><bdi>search:&lt;b&gt;天气&lt;/b&gt;</bdi></td></tr>")
                .contains("not recorded: saturation unknown");
    }

    @Test
    void theEvidenceAppendixHoldsEveryFlaggedApp() throws IOException {
        JsonNode apps = JSON.readTree(fixture.read(ReportWriter.EVIDENCE_JSON)).path("apps");
        assertThat(apps.size()).isEqualTo(rates.totals().flagged().k());
        assertThat(fixture.written.flaggedApps()).isEqualTo(rates.totals().flagged().k());
        long problems = 0;
        for (JsonNode a : apps) {
            problems += a.path("problems").size();
        }
        assertThat(problems).isEqualTo(rates.totals().problems());
    }

    @Test
    void theEvidenceAppendixGivesTheValuesAndTheEvidenceReference() throws IOException {
        JsonNode first = JSON.readTree(fixture.read(ReportWriter.EVIDENCE_JSON)).path("apps").get(0);
        JsonNode problem = first.path("problems").get(0);
        assertThat(problem.path("warc_file").asText()).isEqualTo("appaudit-tencent.warc.gz");
        assertThat(problem.path("payload_sha256").asText()).isEqualTo("a".repeat(64));
        assertThat(problem.path("values").size()).isPositive();
        String html = fixture.read(ReportWriter.HTML);
        assertThat(html).contains("<code>" + Escape.html(problem.path("record_id").asText()) + "</code>")
                .contains("href=\"" + problem.path("source_url").asText() + "\"");
    }

    @Test
    void overdueAppsAreListed() {
        assertThat(rates.overdue()).extracting(QuarterRates.Overdue::packageName).containsExactly(ReportCorpus.OVERDUE_PACKAGE);
        assertThat(fixture.read(ReportWriter.HTML)).containsPattern(Pattern.compile(
                "<code><bdi>" + Pattern.quote(ReportCorpus.OVERDUE_PACKAGE) + "</bdi></code></td><td><bdi>[^<]+</bdi></td><td>2026-10-15"));
    }
}
