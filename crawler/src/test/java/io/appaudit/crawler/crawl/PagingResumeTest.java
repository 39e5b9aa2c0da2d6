package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paging policy's memory (what each list gave) lives in the crawl state, so a resumed run judges alike. */
class PagingResumeTest {

    @TempDir
    Path dir;

    @Test
    void aListsAppsAreRememberedAcrossAReopenedCrawlStateSoARepeatedPageEndsTheList() {
        ListPaging paging = new ListPaging(10);
        try (CrawlState state = CrawlState.open(dir.resolve("state"))) {
            state.startRun(new CrawlState.Run("run-1", java.time.Instant.now()));
            assertThat(state.chainApps("chain", List.of("a", "b", "c"))).isEqualTo(3);
            state.channel("chain", new ChannelTally("category", "7", 3, 1, 3, ChannelTally.Stop.WALKING));
            state.commit();
        }
        // the process stopped; the resumed run opens the same state
        try (CrawlState state = CrawlState.open(dir.resolve("state"))) {
            int fresh = state.chainApps("chain", List.of("a", "b", "c"));
            assertThat(fresh).isZero();
            assertThat(paging.judge(1, fresh, true)).isEqualTo(ListPaging.Verdict.NOTHING_NEW);
            assertThat(state.channels()).singleElement().satisfies(c -> {
                assertThat(c.label()).isEqualTo("category:7");
                assertThat(c.apps()).isEqualTo(3);
            });
        }
    }

    @Test
    void aResumedRunKeepsEachListsTallyAndFetchesNoListPageAgain() {
        try (XiaomiCrawl site = XiaomiCrawl.start(dir, 30, 10, "paging-resume")) {
            StoreOutcome failed = new Crawler(site.crawl().config(), site.crawl().session(), sink -> unreachable())
                    .run(CrawlHarness.options(StoreId.XIAOMI, false), Optional.empty()).get(0);
            assertThat(failed.outcome()).isEqualTo(CrawlRunOutcome.FAILED);

            StoreOutcome resumed = site.crawl().crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);

            assertThat(resumed.resumed()).isTrue();
            assertThat(resumed.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
            // the replayed list pages are read back from their captures, and judged as before: the list ended
            site.wm().verify(3, getRequestedFor(urlPathEqualTo("/app.mi.com/categotyAllListApi")));
            assertThat(resumed.discovery()).singleElement().satisfies(c -> {
                assertThat(c.apps()).isEqualTo(30);
                assertThat(c.pages()).isEqualTo(3);
                assertThat(c.saturation()).isEqualTo(ChannelTally.Saturation.SATURATED);
            });
        }
    }

    /** Elasticsearch as a run sees it when it goes away: nothing arrives, and a flush says so. */
    private static ListingSink unreachable() {
        return new ListingSink() {
            @Override
            public void accept(ListingDocument snapshot) {
            }

            @Override
            public void flush() {
                throw new IllegalStateException("Elasticsearch does not answer");
            }

            @Override
            public void close() {
            }
        };
    }
}
