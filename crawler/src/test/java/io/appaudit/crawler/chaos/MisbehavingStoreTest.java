package io.appaudit.crawler.chaos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that misbehaves: the crawl stays bounded, keeps what it can prove, and stops a store that refuses it. */
class MisbehavingStoreTest {

    @TempDir
    Path dir;

    /** Tallies what was indexed against what was served, runs the checks, records the row, and returns it. */
    private static ChaosRow record(String fault, String outcome, ChaosCrawl crawl, Set<String> served)
            throws IOException {
        Tally t = Tally.of(crawl.snapshots(), List.of(served));
        assertThat(t.missing()).as("listings served but not indexed").isEmpty();
        Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
        ChaosRow row = t.row(fault, outcome, falseFindings.size());
        ChaosTable.record(row);
        assertThat(falseFindings).as("findings no undisturbed audit makes").isEmpty();
        assertThat(row.clean()).as("%s", row).isTrue();
        return row;
    }

    /** The packages indexed from their list item alone, as their detail page could not be had. */
    private static List<String> listOnly(ChaosCrawl crawl) throws IOException {
        return crawl.snapshots().stream().filter(d -> "list".equals(d.path("source").asText()))
                .map(d -> d.path("package").asText()).sorted().toList();
    }

    @Test
    void endlessPagingOfRepeatedItemsEndsTheListWithAWarning() throws IOException {
        try (ChaosStore store = new ChaosStore(10, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-repeat");
             LogCapture log = new LogCapture("io.appaudit.crawler")) {
            // every page says there is more; from the third on, the store repeats the second
            store.listReply(XiaomiSite.CATEGORY, 1, ChaosStore.json(ChaosStore.listPage(5, 10, true)));
            for (int page = 2; page < 40; page++) {
                store.listReply(XiaomiSite.CATEGORY, page, ChaosStore.json(ChaosStore.listPage(5, 10, true)));
            }
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(store.requests(ChaosStore.LIST)).isEqualTo(3);
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("repeats apps the list gave before"));
            record("store: endless paging, repeated items", "completed; list ended at page 3, warned", crawl,
                    store.servedListings());
        }
    }

    @Test
    void endlessPagingOfNewItemsStopsAtMaxPagesWithAWarning() throws IOException {
        try (ChaosStore store = new ChaosStore(200, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-endless");
             LogCapture log = new LogCapture("io.appaudit.crawler")) {
            for (int page = 0; page < 40; page++) {
                store.listReply(XiaomiSite.CATEGORY, page,
                        ChaosStore.json(ChaosStore.listPage(page * 5, page * 5 + 5, true)));
            }
            crawl.settings().put("stores.xiaomi.max-pages", "4");
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            // four list pages; the listings' related apps reach the rest of the store
            assertThat(store.requests(ChaosStore.LIST)).isEqualTo(4);
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("stores.xiaomi.max-pages"));
            record("store: endless paging, new items", "completed; stopped at max-pages (4), warned", crawl,
                    store.servedListings());
        }
    }

    @Test
    void aRedirectLoopIsCutAtMaxRedirectsAndTheOtherListingsAreIndexed() throws IOException {
        try (ChaosStore store = new ChaosStore(8, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-redirect")) {
            store.detailsReply(3, aResponse().withStatus(302)
                    .withHeader("Location", "/details?id=" + XiaomiSite.pkg(3)));
            crawl.settings().put("fetch.max-redirects", "5");
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(o.counts().get(Count.ERRORS)).isEqualTo(1);
            // the first request and five redirects, never retried
            assertThat(store.detailRequests() - store.servedListings().size()).isEqualTo(6);
            assertThat(store.servedListings()).hasSize(7).doesNotContain(XiaomiSite.pkg(3));
            assertThat(listOnly(crawl)).containsExactly(XiaomiSite.pkg(3));
            record("store: redirect loop", "completed; loop cut at max-redirects, 1 error", crawl,
                    store.servedListings());
        }
    }

    @Test
    void aCaptchaWhereJsonWasExpectedIsABlockedProblemAndStopsTheStore() throws IOException {
        try (ChaosStore store = new ChaosStore(10, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-captcha")) {
            String captcha = "<html><head><title>安全验证</title></head><body>请完成验证码 captcha</body></html>";
            for (int c = 2; c <= 7; c++) {
                store.listReply(Integer.toString(c), 0, aResponse().withHeader("Content-Type", "text/html")
                        .withBody(captcha));
            }
            crawl.settings().put("stores.xiaomi.categories", List.of("2", "3", "4", "5", "6", "7"));
            crawl.settings().put("fetch.block-after", "5");
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
            assertThat(o.failureReason()).hasValueSatisfying(r -> assertThat(r).startsWith("blocked: 5 consecutive"));
            List<JsonNode> problems = crawl.snapshots().stream()
                    .filter(d -> "parse_problem".equals(d.path("outcome").asText())).toList();
            assertThat(problems).hasSize(5).allSatisfy(p -> assertThat(p.path("problem").path("kind").asText())
                    .isEqualTo("blocked"));
            assertThat(store.requests(ChaosStore.LIST)).isEqualTo(5);
            record("store: captcha where JSON was expected", "stopped: blocked after 5 captcha pages", crawl,
                    store.servedListings());
        }
    }

    @Test
    void aGzipBombIsRefusedAtTheBodyCapAndTheOtherListingsAreIndexed() throws IOException {
        try (ChaosStore store = new ChaosStore(6, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-bomb")) {
            byte[] bomb = gzip(256 << 20);
            store.detailsReply(2, aResponse().withHeader("Content-Type", "text/html")
                    .withHeader("Content-Encoding", "gzip").withBody(bomb));
            crawl.settings().put("fetch.max-body-size", "2mb");
            StoreOutcome o = crawl.crawl(false);

            assertThat(bomb.length).isLessThan(1 << 20);
            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(o.counts().get(Count.ERRORS)).isEqualTo(1);
            Set<String> listings = new TreeSet<>(store.servedListings());
            listings.remove(XiaomiSite.pkg(2));
            assertThat(listings).hasSize(5);
            assertThat(listOnly(crawl)).containsExactly(XiaomiSite.pkg(2));
            record("store: gzip bomb (256 MiB in " + (bomb.length >> 10) + " KiB)",
                    "completed; refused at max-body-size, 1 error", crawl, listings);
        }
    }

    @Test
    void hugeAndDeeplyNestedJsonListsAreRefusedOrReadAsProblems() throws IOException {
        try (ChaosStore store = new ChaosStore(5, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "chaos-json")) {
            String huge = ChaosStore.listPage(0, 5, false).replace("\"data\":[",
                    "\"padding\":\"" + "x".repeat(3 << 20) + "\",\"data\":[");
            store.listReply("2", 0, ChaosStore.json(huge));
            store.listReply("3", 0, ChaosStore.json(huge).withChunkedDribbleDelay(4, 10));
            store.listReply("4", 0, ChaosStore.json("[".repeat(100_000) + "]".repeat(100_000)));
            crawl.settings().put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY, "2", "3", "4"));
            crawl.settings().put("fetch.max-body-size", "1mb");
            StoreOutcome o = crawl.crawl(false);

            assertThat(o.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            assertThat(o.counts().get(Count.ERRORS)).isEqualTo(2);
            assertThat(crawl.snapshots()).anySatisfy(d -> assertThat(d.path("problem").path("kind").asText())
                    .isEqualTo("unexpected_format"));
            assertThat(store.servedListings()).hasSize(5);
            record("store: huge JSON (3 MiB, sized and chunked) and 100,000-deep JSON",
                    "completed; 2 refused at max-body-size, 1 parse problem", crawl, store.servedListings());
        }
    }

    private static byte[] gzip(int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < zeros; i += chunk.length) {
                z.write(chunk);
            }
        }
        return out.toByteArray();
    }
}
