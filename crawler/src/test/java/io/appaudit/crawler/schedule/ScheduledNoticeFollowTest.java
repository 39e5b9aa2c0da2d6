package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.indexer.notices.Sighting;
import io.appaudit.indexer.notices.Sighting.Presence;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which imported batches the scheduled follow-up looks up: every batch until its deadline has passed and every app
 * is settled in every store its look-ups or the crawls met; then it is skipped. Decided from the stored look-ups and
 * the crawls' snapshots (a real node), at a given time.
 */
class ScheduledNoticeFollowTest {

    /** The deadline 2026-11-30 (China time) ends at 2026-11-30T16:00Z. */
    private static final Instant BEFORE_DEADLINE = Instant.parse("2026-11-30T15:00:00Z");
    private static final Instant AFTER_DEADLINE = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path dir;
    private NoticeBook book;
    private ElasticConnection es;
    private IndexLayout layout;

    @BeforeEach
    void importTwoBatches() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("scheduled-notices"));
        layout = new IndexLayout(es.config().indexPrefix());
        book = new NoticeBook(dir);
        book.importFile(Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name\n"
                + "gone,2026-11-18,2026-11-30,com.example.one,一\n"
                + "gone,2026-11-18,2026-11-30,com.example.two,二\n"
                + "open,2026-11-18,2026-11-30,com.example.three,三\n"));
    }

    private static NoticeBook.Entry seen(int line, StoreId store, String pkg, String at, Presence p) {
        return new NoticeBook.Entry(line, store, pkg, new Sighting(Instant.parse(at), p, List.of(), List.of()));
    }

    @AfterEach
    void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private List<String> due(Instant now) throws IOException {
        return ScheduledNoticeFollow.due(new BatchSightings(book, new CrawlSightings(es, layout)), now).stream()
                .map(NoticeBatch::id).toList();
    }

    @Test
    void aBatchWhoseAppsAreAllGoneIsSkippedOnceItsDeadlineHasPassed() throws IOException {
        book.record("gone", List.of(
                seen(2, StoreId.TENCENT, "com.example.one", "2026-11-20T01:00:00Z", Presence.LISTED),
                seen(2, StoreId.TENCENT, "com.example.one", "2026-11-25T01:00:00Z", Presence.GONE),
                seen(3, StoreId.XIAOMI, "com.example.two", "2026-11-20T01:00:00Z", Presence.GONE)));
        book.record("open", List.of(seen(4, StoreId.TENCENT, "com.example.three", "2026-11-20T01:00:00Z",
                Presence.LISTED)));

        assertThat(due(BEFORE_DEADLINE)).containsExactly("gone", "open");
        assertThat(due(AFTER_DEADLINE)).containsExactly("open");
    }

    @Test
    void aBatchStaysDueWhileOneStoreStillListsAnApp() throws IOException {
        book.record("gone", List.of(seen(2, StoreId.TENCENT, "com.example.one", "2026-11-25T01:00:00Z", Presence.GONE),
                seen(3, StoreId.XIAOMI, "com.example.two", "2026-11-25T01:00:00Z", Presence.GONE),
                seen(3, StoreId.OPPO, "com.example.two", "2026-11-25T01:00:00Z", Presence.LISTED)));

        assertThat(due(AFTER_DEADLINE)).contains("gone");
    }

    @Test
    void anAppThatNoLookUpCouldTellAboutKeepsItsBatchDue() throws IOException {
        book.record("gone", List.of(seen(2, StoreId.TENCENT, "com.example.one", "2026-11-25T01:00:00Z", Presence.GONE),
                seen(3, StoreId.XIAOMI, "com.example.two", "2026-11-25T01:00:00Z", Presence.UNKNOWN)));

        assertThat(due(AFTER_DEADLINE)).contains("gone");
    }

    @Test
    void anAppNotFoundBySearchIsNotSettled() throws IOException {
        book.record("gone", List.of(seen(2, StoreId.TENCENT, "com.example.one", "2026-11-25T01:00:00Z", Presence.GONE),
                seen(3, StoreId.VIVO, "com.example.two", "2026-11-25T01:00:00Z", Presence.NOT_FOUND)));

        assertThat(due(AFTER_DEADLINE)).contains("gone");
    }

    @Test
    void aCrawlThatSawTheLastListedAppGoneSettlesItsBatch() throws IOException {
        book.record("open", List.of(seen(4, StoreId.TENCENT, "com.example.three", "2026-11-20T01:00:00Z",
                Presence.LISTED)));
        assertThat(due(AFTER_DEADLINE)).contains("open");
        layout.install(es);
        Instant crawled = Instant.parse("2026-11-26T01:00:00Z");
        Ingest.snapshots(es, layout, Optional.empty(), List.of(ListingDocuments.snapshot(new ListingResult.NotListed(
                StoreId.TENCENT, "com.example.three", "https://sj.qq.com/appdetail/com.example.three", "not found"),
                "crawl-1", crawled, Optional.empty(), false)));

        assertThat(due(AFTER_DEADLINE)).doesNotContain("open");
    }
}
