package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.report.ReportData.ApkReads;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Table 5.4 and apk-reads.csv: per store, the apps whose delivered APK was read and why not for the others. */
class ReportApkReadsTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    private static final Instant T = Instant.parse("2026-11-10T02:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static ElasticConnection es;
    private static List<ApkReads> reads;

    @BeforeAll
    static void seed() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("reportapk"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        List<ListingDocument> docs = new ArrayList<>();
        docs.add(attempt(StoreId.TENCENT, "com.apk.late", 0, Plant.unread("ranges_not_served", "200 to a Range")));
        docs.add(read(StoreId.TENCENT, "com.apk.late", 1));
        docs.add(attempt(StoreId.TENCENT, "com.apk.big", 0, Plant.unread("over_budget", "> 1 MB")));
        docs.add(attempt(StoreId.TENCENT, "com.apk.big", 1, Plant.unread("over_budget", "> 1 MB")));
        docs.add(Plant.of(StoreId.TENCENT, "com.apk.never", T).doc());
        docs.add(read(StoreId.TENCENT, "com.apk.fine", 0));
        docs.add(attempt(StoreId.OPPO, "com.apk.failing", 0, Plant.unread("ranges_not_served", "no 206")));
        docs.add(attempt(StoreId.OPPO, "com.apk.failing", 1, Plant.unread("failed", "timeout")));
        docs.add(attempt(StoreId.OPPO, "com.apk.failing", 2, Plant.unread("failed", "timeout")));
        docs.add(Plant.of(StoreId.OPPO, "com.apk.noprobe", T).probes("download").doc());
        docs.add(attempt(StoreId.XIAOMI, "com.apk.odd", 0, Plant.unread(HOSTILE, "odd")));
        Ingest.snapshots(es, layout, Optional.empty(), docs);
        reads = new ApkReadsReader(es, layout).read(Q);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static ListingDocument attempt(StoreId store, String pkg, int day, ListingDocument.Apk apk) {
        Plant p = Plant.of(store, pkg, T.plus(Duration.ofDays(day))).run("run-" + day);
        return p.probes("download", p.downloadWithApk(apk)).doc();
    }

    private static ListingDocument read(StoreId store, String pkg, int day) {
        Plant p = Plant.of(store, pkg, T.plus(Duration.ofDays(day))).run("run-" + day);
        return p.probes("download", p.downloadWithApk(p.apk("0a".repeat(32)))).doc();
    }

    private static ApkReads of(StoreId s) {
        return reads.stream().filter(r -> r.store().equals(s.id())).findFirst().orElseThrow();
    }

    @Test
    void anAppCountsAsReadWhenAnyCrawlReadItsApk() {
        assertThat(of(StoreId.TENCENT).audited()).isEqualTo(4);
        assertThat(of(StoreId.TENCENT).read()).isEqualTo(2);
        assertThat(of(StoreId.TENCENT).notRead()).isEqualTo(Map.of("over_budget", 1L, "not_attempted", 1L));
    }

    @Test
    void anAppNeverReadCountsUnderItsMostFrequentStatusOrAsNotAttempted() {
        assertThat(of(StoreId.OPPO).read()).isZero();
        assertThat(of(StoreId.OPPO).notRead()).isEqualTo(Map.of("failed", 1L, "not_attempted", 1L));
    }

    @Test
    void theTableShowsEachStoresCountsWithReasonsInWordsAndEscaped() {
        Element table = Jsoup.parse(ApkReadsTable.html(reads)).selectFirst("table.apk-reads");
        assertThat(table.select("thead th").eachText()).containsExactly("Store", "Audited apps", "APK read", "Not read", HOSTILE,
                "failed", "not attempted", "over budget");
        Element tencent = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text()
                .equals(StoreId.TENCENT.displayName())).findFirst().orElseThrow();
        assertThat(tencent.select("td").eachText().subList(0, 3)).containsExactly("4", "2", "2");
        assertThat(ApkReadsTable.html(reads)).doesNotContain(HOSTILE);
    }

    @Test
    void theCsvHasOneRowPerStoreAndStatus() throws IOException {
        StringWriter w = new StringWriter();
        QuarterRates none = new QuarterRates(Q.toString(), Q.previous().toString(), List.of(),
                new QuarterRates.Totals(0, Proportion.of(0, 0), 0, new QuarterRates.Changes(0, 0, 0)), List.of());
        ReportData data = new ReportData(Q.toString(), T, none, List.of(), List.of(), List.of(), List.of(), 86_400,
                reads);
        ReportCsv.apkReads(w, data);
        assertThat(w.toString().lines()).first().isEqualTo("quarter,store,status,apps,audited");
        assertThat(w.toString()).contains("2026Q4,tencent,read,2,4", "2026Q4,tencent,over_budget,1,4",
                "2026Q4,oppo,failed,1,2");
    }
}
