package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import io.appaudit.indexer.rates.NotEvaluated;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.Changes;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.Platform;
import io.appaudit.indexer.rates.QuarterRates.Share;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.FlaggedApps.FlaggedApp;
import io.appaudit.indexer.report.FlaggedApps.Problem;
import io.appaudit.indexer.report.ReportData.DeveloperProblems;
import io.appaudit.indexer.report.ReportData.TrendQuarter;
import io.appaudit.indexer.report.ReportData.TrendStore;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The report's figures and appendix as a reader sees them, rendered from report data built by hand. */
class ReportFiguresTest {

    private static final String LONG_DEVELOPER = "乐木网络科技（武汉）有限公司";
    private static final Changes NONE = new Changes(0, 0, 0);

    /** A store with one flagged app that has a problem in each of {@code failed}. */
    private static StoreRates store(String id, String name, long audited, List<CheckId> failed, long all) {
        List<FamilyRates> families = Arrays.stream(Family.values()).map(f -> new FamilyRates(f.name(), f.english(),
                Proportion.of(failed.stream().anyMatch(c -> c.family() == f) ? 1 : 0, audited),
                Share.of(failed.stream().filter(c -> c.family() == f).count(), all), NONE)).toList();
        List<CheckRates> checks = Arrays.stream(CheckId.values()).map(c -> CheckRates.of(c.name(), c.family().name(),
                c.title(), failed.contains(c) ? 1 : 0, audited, audited, NotEvaluated.Reason.NO_EVALUABLE_APP, 0,
                NONE)).toList();
        return new StoreRates(id, name, audited, Proportion.of(1, audited), Share.of(failed.size(), all),
                new Changes(failed.size(), 0, 0), families, checks, new Platform(List.of(), List.of()), List.of());
    }

    /** 应用宝 with one problem, Huawei with three; the trend: both at 10 % in 2026Q3 and at 25 % in 2026Q4. */
    private static ReportData data(Duration spacing) {
        List<StoreRates> stores = List.of(store("tencent", "应用宝", 4, List.of(CheckId.R2), 4),
                store("huawei", "华为", 4, List.of(CheckId.R2, CheckId.Z1, CheckId.M4), 4));
        QuarterRates rates = new QuarterRates("2026Q4", "2026Q3", stores,
                new QuarterRates.Totals(8, Proportion.of(2, 8), 4, new Changes(4, 0, 0)), List.of());
        List<TrendQuarter> trend = List.of(
                new TrendQuarter("2026Q3", List.of(new TrendStore("tencent", "应用宝", 10, Proportion.of(1, 10),
                        Share.of(1, 2)), new TrendStore("huawei", "华为", 10, Proportion.of(1, 10), Share.of(1, 2))), 2),
                new TrendQuarter("2026Q4", List.of(new TrendStore("tencent", "应用宝", 4, Proportion.of(1, 4),
                        Share.of(1, 4)), new TrendStore("huawei", "华为", 4, Proportion.of(1, 4), Share.of(3, 4))), 4));
        return new ReportData("2026Q4", Instant.parse("2026-11-28T06:03:07.123456789Z"), rates, List.of(), trend,
                List.of(), List.of(new DeveloperProblems(LONG_DEVELOPER, 1, 1, List.of("huawei"))),
                spacing.getSeconds());
    }

    private static Element figure(String html, String number) {
        Document d = Jsoup.parse(html);
        return d.select("figure").stream().filter(f -> f.select("figcaption b").text().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not found"));
    }

    @Test
    void aLongDeveloperNameIsCutAtTheRightToFitItsColumn() {
        Element label = figure(new BreakdownSection(data(Duration.ofHours(24))).html(), "Figure 2.2")
                .select("text.row-label").first();
        assertThat(label.select("title").text()).isEqualTo(LONG_DEVELOPER);
        String shown = label.ownText();
        assertThat(shown).startsWith("乐木网络科技（武汉）").endsWith("…");
        assertThat(Axis.textWidth(shown, Svg.LABEL_FONT * 1.05)).isLessThanOrEqualTo(Double.parseDouble(
                label.attr("x")) - 4);
    }

    @Test
    void storesWithEqualRatesGetADotEachInTheTrend() {
        Element svg = figure(new TrendSection(data(Duration.ofHours(24))).html(), "Figure 4.1").selectFirst("svg");
        Elements dots = svg.select("circle");
        assertThat(dots).hasSize(4);
        Set<String> spots = new HashSet<>();
        dots.forEach(c -> spots.add(c.attr("cx") + "," + c.attr("cy")));
        assertThat(spots).hasSize(4);
        for (int i = 0; i < dots.size(); i++) {
            for (int j = i + 1; j < dots.size(); j++) {
                double dx = Double.parseDouble(dots.get(i).attr("cx")) - Double.parseDouble(dots.get(j).attr("cx"));
                double dy = Double.parseDouble(dots.get(i).attr("cy")) - Double.parseDouble(dots.get(j).attr("cy"));
                assertThat(Math.hypot(dx, dy)).as("distance between dots " + i + " and " + j)
                        .isGreaterThanOrEqualTo(9.0);
            }
        }
    }

    @Test
    void thisQuartersSharesAndTheRegulatorsAreInSeparatePanels() {
        Element fig = figure(new HeadlineSection(data(Duration.ofHours(24))).html(), "Figure 1.2");
        Elements panels = fig.select("svg");
        assertThat(panels).hasSize(2);
        assertThat(fig.select("p.panel").eachText()).hasSize(2).satisfiesExactly(
                a -> assertThat(a).startsWith("(a) This quarter").contains("100 %"),
                b -> assertThat(b).startsWith("(b) Context only").contains("63.4 %"));
        assertThat(panels.get(0).select("text.value").eachText()).containsExactly("25.0 % (1)", "75.0 % (3)");
        assertThat(panels.get(0).select("path")).as("no regulator marker on this quarter's bars").isEmpty();
        assertThat(panels.get(1).select("text.value").eachText()).containsExactly("14.2 %", "11.4 %");
        assertThat(fig.select("figcaption").text()).contains("not comparable");
    }

    @Test
    void countsTakeTheSingularForOne() {
        String html = new HeadlineSection(data(Duration.ofHours(24))).html()
                + new BreakdownSection(data(Duration.ofHours(24))).html();
        String text = Jsoup.parse(html).text();
        assertThat(text).doesNotContainPattern("\\b1 (problems|apps|stores)\\b").doesNotContain("(s)");
        assertThat(Jsoup.parse(html).select("figure text.value").eachText()).contains("1 problem · 1 app");
    }

    private static String appendix(Duration spacing, FlaggedApp app) throws IOException {
        StringWriter out = new StringWriter();
        EvidenceSection e = new EvidenceSection(out, spacing);
        e.begin(1);
        e.app(app);
        e.end();
        return out.toString();
    }

    private static FlaggedApp r4(String store, String appId, String apiUrl, String failures, String first,
                                 String last) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("privacy_policy_url", "https://example.com/privacy");
        values.put("first_failure", first);
        values.put("last_failure", last);
        values.put("failures", failures);
        return new FlaggedApp(store, store, "com.example.app", appId, "示例", "示例公司", List.of(new Problem("R4", "R",
                "privacy-policy link unreachable", "medium", "new", Instant.parse(first), Instant.parse(last), values,
                apiUrl, "a.warc.gz", "<urn:uuid:1>", "abc")));
    }

    @Test
    void theAppendixGivesEveryTimeInChinaTimeToTheSecondWithTheOffset() throws IOException {
        Document d = Jsoup.parse(appendix(Duration.ofHours(24), r4("huawei", "C100123456",
                "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index?method=x", "2",
                "2026-11-10T02:00:00.123456789Z", "2026-11-12T03:04:05Z")));
        assertThat(d.text()).contains("2026-11-10 10:00:00 +08:00").contains("2026-11-12 11:04:05 +08:00")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
    }

    @Test
    void aHistoryCheckStatesItsFailedProbesAndTheirSpacing() throws IOException {
        Document d = Jsoup.parse(appendix(Duration.ofHours(24), r4("huawei", "C100123456", "https://example.com/api",
                "2", "2026-11-10T02:00:00Z", "2026-11-12T03:04:05Z")));
        assertThat(d.select("dd").eachText()).contains("2 failed probes, the first and the last 2 d 1 h 4 min 5 s apart"
                + " (the configured spacing: at least 1 d between the first and the last)");
        assertThat(d.text()).doesNotContain("failures 1").doesNotContain("failures 2");
    }

    @Test
    void aSingleFailedProbeSaysTheConfiguredSpacingLetsItCount() throws IOException {
        Document d = Jsoup.parse(appendix(Duration.ZERO, r4("vivo", "3301", "https://example.com/api", "1",
                "2026-11-10T02:00:00Z", "2026-11-10T02:00:00Z")));
        assertThat(d.select("dd").eachText()).contains("1 failed probe (the configured spacing is 0 s, so a single "
                + "failed probe confirms the problem)");
    }

    @Test
    void huaweiAndVivoLinkTheStorePageAReaderCanOpenAndKeepTheApiAsEvidence() throws IOException {
        Document huawei = Jsoup.parse(appendix(Duration.ZERO, r4("huawei", "C100123456",
                "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index?method=x", "1", "2026-11-10T02:00:00Z",
                "2026-11-10T02:00:00Z")));
        assertThat(huawei.select("span.page a").attr("href")).isEqualTo("https://appgallery.huawei.com/app/C100123456");
        assertThat(huawei.select("td.ref a").eachAttr("href"))
                .contains("https://web-drcn.hispace.dbankcloud.com/edge/uowap/index?method=x");
        Document vivo = Jsoup.parse(appendix(Duration.ZERO, r4("vivo", "3301",
                "https://h5-api.appstore.vivo.com.cn/detail/3301?frompage=messageh5&app_version=2100", "1",
                "2026-11-10T02:00:00Z", "2026-11-10T02:00:00Z")));
        assertThat(vivo.select("span.page a").attr("href"))
                .isEqualTo("https://h5.appstore.vivo.com.cn/#/details?appId=3301");
    }

    @Test
    void aValueWithAnOffsetIsShownInChinaTimeToTheSecond() {
        assertThat(Format.value("2024-09-01T10:00+08:00")).isEqualTo("2024-09-01 10:00:00 +08:00");
        assertThat(Format.value("2024-09-01T02:00:00.5Z")).isEqualTo("2024-09-01 10:00:00 +08:00");
        assertThat(Format.value("粤ICP备1号")).isEqualTo("粤ICP备1号");
    }

    @Test
    void theGenerationTimeIsChinaTimeToTheSecondWithTheOffset() {
        assertThat(Format.time(Instant.parse("2026-11-28T06:03:07.123456789Z"))).isEqualTo("2026-11-28 14:03:07 +08:00");
    }
}
