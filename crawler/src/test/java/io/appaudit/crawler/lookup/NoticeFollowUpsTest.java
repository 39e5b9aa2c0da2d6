package io.appaudit.crawler.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.FollowUp.State;
import io.appaudit.indexer.notices.Sighting;
import io.appaudit.indexer.notices.Sighting.Presence;
import io.appaudit.indexer.report.ReportData.NoticeFollowUp;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's notice follow-up is read from the data folder's imported batches and stored sightings alone. */
class NoticeFollowUpsTest {

    @TempDir
    Path dir;
    private static ElasticConnection es;

    @BeforeAll
    static void open() {
        es = ElasticConnection.open(TestElasticsearch.config("notice-follow-ups"));
    }

    @AfterAll
    static void close() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /** No crawl indexed: only the stored look-ups count. */
    private static List<NoticeFollowUp> read(NoticeBook book) throws IOException {
        return NoticeFollowUps.read(new BatchSightings(book, new CrawlSightings(es,
                new IndexLayout(es.config().indexPrefix()))));
    }

    private static NoticeBook.Entry entry(int line, StoreId store, String at, Presence p) {
        return new NoticeBook.Entry(line, store, "com.example.named", new Sighting(Instant.parse(at), p, List.of(),
                List.of()));
    }

    @Test
    void readsEachImportedBatchsStatesPerAppAndStoreFromTheStoredSightings() throws IOException {
        NoticeBook book = new NoticeBook(dir);
        book.importFile(Files.writeString(dir.resolve("batch.csv"), "notice,date,deadline,package,name\n"
                + "2026-11-A,2026-11-18,2026-11-30,com.example.named,示例\n"
                + "2026-11-A,2026-11-18,2026-11-30,,未查询\n"));
        book.record("2026-11-A", List.of(entry(2, StoreId.XIAOMI, "2026-11-20T01:00:00Z", Presence.LISTED),
                entry(2, StoreId.TENCENT, "2026-11-20T01:00:00Z", Presence.LISTED)));
        book.record("2026-11-A", List.of(entry(2, StoreId.XIAOMI, "2026-11-25T01:00:00Z", Presence.GONE),
                entry(2, StoreId.TENCENT, "2026-11-25T01:00:00Z", Presence.UNKNOWN)));

        List<NoticeFollowUp> batches = read(book);

        assertThat(batches).hasSize(1);
        NoticeFollowUp b = batches.get(0);
        assertThat(b.batch()).isEqualTo("2026-11-A");
        assertThat(b.apps()).hasSize(2);
        assertThat(b.apps().get(0).stores()).extracting(s -> s.store() + " " + s.followUp().state())
                .containsExactly("tencent " + State.STILL_LISTED, "xiaomi " + State.REMOVED);
        assertThat(b.apps().get(0).stores().get(1).followUp().since())
                .contains(Instant.parse("2026-11-25T01:00:00Z"));
        assertThat(b.apps().get(1).stores()).isEmpty();
    }

    @Test
    void aDataFolderWithoutImportedBatchesGivesNoFollowUp() throws IOException {
        assertThat(read(new NoticeBook(dir))).isEmpty();
    }
}
