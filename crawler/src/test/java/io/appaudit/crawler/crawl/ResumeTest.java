package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiCrawl;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    private static final int APPS = 5;

    @TempDir
    Path dir;
    private XiaomiCrawl site;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        site = XiaomiCrawl.start(dir, APPS, 10, "resume-replay");
        wm = site.wm();
        crawl = site.crawl();
    }

    @AfterEach
    void stop() {
        site.close();
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

    @Test
    void snapshotsARunCouldNotGetConfirmedAreSentByTheResumedRunWithoutFetchingAgain() throws Exception {
        StoreOutcome failed = new Crawler(crawl.config(), crawl.session(), sink -> unreachable())
                .run(CrawlHarness.options(StoreId.XIAOMI, false), Optional.empty()).get(0);
        assertThat(failed.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
        assertThat(crawl.snapshots()).isEmpty();

        StoreOutcome resumed = crawl.crawl(CrawlHarness.options(StoreId.XIAOMI, false)).get(0);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(crawl.snapshots()).hasSize(APPS);
        wm.verify(APPS, getRequestedFor(urlPathEqualTo("/app.mi.com/details")));
    }
}
