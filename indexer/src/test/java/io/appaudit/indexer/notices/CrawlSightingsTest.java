package io.appaudit.indexer.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.notices.FollowUp.State;
import io.appaudit.indexer.notices.Sighting.Presence;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crawls' own snapshots as notice sightings, read back from a real node: a listed snapshot is "listed", a
 * not-listed one "gone" (matched to its package through the store's id where the store names apps by its own
 * numbers), and a parse problem, a look-up's snapshot or a crawl before the batch's date are not read.
 */
class CrawlSightingsTest {

    private static final Instant BATCH_DAY = Instant.parse("2026-11-19T16:00:00Z");
    private static ElasticConnection es;
    private static CrawlSightings sightings;

    private static Instant day(int d) {
        return Instant.parse("2026-11-20T02:00:00Z").plusSeconds(86_400L * d);
    }

    private static ListingDocument listed(StoreId store, String appId, String pkg, String run, Instant at) {
        Listing l = Listing.builder(store, appId, pkg).name("示例").sourceUrl("https://store.example/" + appId)
                .fetchedAt(at).build();
        return ListingDocuments.snapshot(new ListingResult.Listed(l), run, at, Optional.empty(), false);
    }

    private static ListingDocument gone(StoreId store, String appId, String run, Instant at) {
        return ListingDocuments.snapshot(new ListingResult.NotListed(store, appId, "https://store.example/" + appId,
                "the store's not-found page"), run, at, Optional.empty(), false);
    }

    @BeforeAll
    static void indexCrawls() {
        es = ElasticConnection.open(TestElasticsearch.config("crawl-sightings"));
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        Ingest.snapshots(es, layout, Optional.empty(), List.of(
                listed(StoreId.XIAOMI, "com.gone.app", "com.gone.app", "crawl-before", BATCH_DAY.minusSeconds(3600)),
                listed(StoreId.XIAOMI, "com.gone.app", "com.gone.app", "crawl-1", day(1)),
                gone(StoreId.XIAOMI, "com.gone.app", "crawl-2", day(2)),
                listed(StoreId.HUAWEI, "C100200", "com.gone.app", "crawl-1", day(1)),
                gone(StoreId.HUAWEI, "C100200", "crawl-2", day(2)),
                listed(StoreId.TENCENT, "com.kept.app", "com.kept.app", "crawl-1", day(1)),
                ListingDocuments.snapshot(ListingResult.Problem.of(StoreId.TENCENT, "com.kept.app",
                        "https://store.example/x", ParseProblem.Kind.BLOCKED, List.of(), "captcha"), "crawl-2", day(2),
                        Optional.empty(), false),
                listed(StoreId.VIVO, "7001", "com.kept.app", "crawl-2", day(2)).fromListOnly(),
                gone(StoreId.TENCENT, "com.kept.app", "lookup-20261123T020000Z", day(3)).outsideQuarters(),
                listed(StoreId.OPPO, "9001", "com.other.app", "crawl-1", day(1))));
        sightings = new CrawlSightings(es, layout);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    private static List<Sighting> of(StoreId store, String pkg) throws IOException {
        return sightings.read(List.of("com.gone.app", "com.kept.app"), BATCH_DAY).stream()
                .filter(s -> s.store() == store && s.packageName().equals(pkg)).map(CrawlSightings.Seen::sighting)
                .toList();
    }

    @Test
    void anAppListedByACrawlThenSeenNotListedByALaterCrawlIsRemovedWithThatCrawlsRun() throws IOException {
        FollowUp f = FollowUp.of(of(StoreId.XIAOMI, "com.gone.app"), Optional.empty());

        assertThat(f.state()).isEqualTo(State.REMOVED);
        assertThat(f.since()).contains(day(2));
        assertThat(f.sinceBy()).contains("crawl crawl-2");
        assertThat(f.lastSeen()).contains(day(1));
    }

    @Test
    void aNotListedSnapshotIsMatchedToItsPackageThroughTheStoresOwnAppId() throws IOException {
        assertThat(of(StoreId.HUAWEI, "com.gone.app")).extracting(Sighting::presence, s -> s.crawlRun().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Presence.LISTED, "crawl-1"),
                        org.assertj.core.groups.Tuple.tuple(Presence.GONE, "crawl-2"));
    }

    @Test
    void aCrawlThatCouldNotTellChangesNothing() throws IOException {
        assertThat(of(StoreId.TENCENT, "com.kept.app")).extracting(Sighting::at).containsExactly(day(1));
        assertThat(FollowUp.of(of(StoreId.TENCENT, "com.kept.app"), Optional.empty()).state())
                .isEqualTo(State.STILL_LISTED);
    }

    @Test
    void aListOnlyListingCountsAsListed() throws IOException {
        assertThat(of(StoreId.VIVO, "com.kept.app")).extracting(Sighting::presence).containsExactly(Presence.LISTED);
    }

    @Test
    void aLookUpsSnapshotIsLeftToTheLookUpsOwnRecord() throws IOException {
        assertThat(of(StoreId.TENCENT, "com.kept.app")).noneMatch(s -> s.presence() == Presence.GONE);
    }

    @Test
    void crawlsBeforeTheBatchsDayAndOtherPackagesAreNotRead() throws IOException {
        List<CrawlSightings.Seen> all = sightings.read(List.of("com.gone.app", "com.kept.app"), BATCH_DAY);

        assertThat(all).allMatch(s -> !s.sighting().at().isBefore(BATCH_DAY));
        assertThat(all).noneMatch(s -> s.packageName().equals("com.other.app"));
        assertThat(all).extracting(s -> s.sighting().at()).isSorted();
    }

    @Test
    void everyFieldItReadsIsMappedByTheListingsTemplate() throws IOException {
        JsonNode properties = DocumentMapper.create().readTree(IndexLayout.templateJson("listing-fields", "appaudit"))
                .path("template").path("mappings").path("properties");

        assertThat(CrawlSightings.FIELDS).allMatch(properties::has);
    }
}
