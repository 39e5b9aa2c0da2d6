package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.crawler.lookup.NoticeFollowUps;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.report.ReportData.NoticeFollowUp;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appaudit notice}: a batch imported, then followed over two look-ups while a store removes an app, and over
 * the crawls' snapshots and a look-up, which the report's follow-up reads alike.
 */
@WireMockTest
class NoticeCommandTest {

    @TempDir
    Path dir;
    private CrawlHarness crawl;
    private WireMock wm;

    @BeforeEach
    void start(WireMockRuntimeInfo info) {
        crawl = new CrawlHarness(dir.resolve("data"), info.getHttpBaseUrl(), "notice-command");
        wm = info.getWireMock();
    }

    @AfterEach
    void stop() {
        crawl.close();
    }

    private Cli.Run run(String... args) throws Exception {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir",
                dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private void xiaomi(String fixture) {
        wm.register(WireMock.get(WireMock.urlPathEqualTo("/app.mi.com/details"))
                .withQueryParam("id", WireMock.equalTo("com.tencent.mm"))
                .willReturn(WireMock.ok(XiaomiSite.fixture(fixture))
                        .withHeader("Content-Type", "text/html; charset=utf-8")));
    }

    @Test
    void followsABatchFromListedToRemovedWithTheDateItWasSeenGone() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name,developer\n"
                + "b-2026-11,2026-11-20,2026-11-30,com.tencent.mm,微信,\n", StandardCharsets.UTF_8);
        Cli.Run imported = run("notice", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported batch b-2026-11: 1 apps");

        xiaomi("/xiaomi/details-2025.html");
        Cli.Run first = run("notice", "status", "b-2026-11", "--store", "xiaomi");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("xiaomi\\s+still listed\\s+since \\d{4}-\\d\\d-\\d\\d");

        wm.resetMappings();
        xiaomi("/xiaomi/details-unknown-package.html");
        Cli.Run second = run("notice", "status", "--store", "xiaomi");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("batch b-2026-11").containsPattern("xiaomi\\s+removed\\s+since ");
    }

    private void crawled(ListingDocument... docs) {
        var es = crawl.session();
        Ingest.snapshots(es.connection(), es.layout(), Optional.empty(), List.of(docs));
    }

    @Test
    void aLookUpAfterACrawlSawTheAppGoneIsRelistedAndTheReportSectionSaysTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name,developer\n"
                + "b-2026-11,2026-11-20,2026-11-30,com.tencent.mm,微信,\n", StandardCharsets.UTF_8);
        assertThat(run("notice", "import", file.toString()).exitCode()).isZero();
        Instant listedAt = Instant.now().minus(Duration.ofDays(3));
        Instant goneAt = Instant.now().minus(Duration.ofDays(2));
        crawled(ListingDocuments.snapshot(new ListingResult.Listed(Listing.builder(StoreId.XIAOMI, "com.tencent.mm",
                        "com.tencent.mm").name("微信").sourceUrl("https://app.mi.com/details?id=com.tencent.mm")
                        .fetchedAt(listedAt).build()), "crawl-listed", listedAt, Optional.empty(), false),
                ListingDocuments.snapshot(new ListingResult.NotListed(StoreId.XIAOMI, "com.tencent.mm",
                        "https://app.mi.com/details?id=com.tencent.mm", "unknown package"), "crawl-gone", goneAt,
                        Optional.empty(), false));

        xiaomi("/xiaomi/details-2025.html");
        Cli.Run status = run("notice", "status", "b-2026-11", "--store", "xiaomi");

        assertThat(status.exitCode()).as(status.err()).isZero();
        String gone = goneAt.atZone(StoreId.CHINA).toLocalDate().toString();
        assertThat(status.out()).containsPattern("xiaomi\\s+re-listed after removal\\s+since \\d{4}-\\d\\d-\\d\\d "
                + "by look-up \\(removed " + gone + " by crawl crawl-gone\\)");
        var es = crawl.session();
        List<NoticeFollowUp> report = NoticeFollowUps.read(new BatchSightings(new NoticeBook(dir.resolve("data")),
                new CrawlSightings(es.connection(), es.layout())));
        FollowUp f = report.get(0).apps().get(0).stores().get(0).followUp();
        assertThat(f.state()).isEqualTo(FollowUp.State.RELISTED);
        assertThat(f.sinceBy()).contains("look-up");
        assertThat(f.removedAt()).contains(goneAt);
        assertThat(f.removedBy()).contains("crawl crawl-gone");
        assertThat(f.lastSeen()).isEqualTo(f.since());
    }

    @Test
    void refusesAFileRowWithoutPackageOrNameNamingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name\n"
                + "b1,2026-11-20,2026-11-30,,\n", StandardCharsets.UTF_8);
        Cli.Run r = run("notice", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("line 2").contains("package or a name");
    }
}
