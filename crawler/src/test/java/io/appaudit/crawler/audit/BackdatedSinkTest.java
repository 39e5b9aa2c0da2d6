package io.appaudit.crawler.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.Listings;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.ingest.ListingSink;
import io.appaudit.stores.ListingResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Snapshots crawled now, dated back into the previous quarter as the demo's previous-quarter crawl needs them. */
class BackdatedSinkTest {

    private static final Instant CRAWLED = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration BACK = PreviousQuarterCrawl.backBy(CRAWLED);

    /** Keeps what reaches it, in order. */
    private static final class Kept implements ListingSink {
        final List<ListingDocument> docs = new ArrayList<>();

        @Override
        public void accept(ListingDocument snapshot) {
            docs.add(snapshot);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static ListingDocument probed() {
        ListingDocument doc = ListingDocuments.snapshot(new ListingResult.Listed(Listings.synthetic(1, CRAWLED)),
                "run-1", CRAWLED, Optional.empty(), false);
        return doc.withProbes(List.of(new ListingDocument.Probe("download", "https://app.mi.com/download/1", "下载",
                "https://f1.market.xiaomi.com/download/a.apk", 404, null, null, List.of(), null, CRAWLED.plusSeconds(3))));
    }

    private static ListingDocument backdated(ListingDocument doc) {
        Kept kept = new Kept();
        try (BackdatedSink sink = new BackdatedSink(kept, BACK)) {
            sink.accept(doc);
        }
        return kept.docs.get(0);
    }

    @Test
    void datesTheDemoCrawlAsFarIntoThePreviousQuarterAsNowIsIntoThisOne() {
        // 2026-12-07 10:00 China time is 67 days and 10 hours into 2026Q4; as far into 2026Q3 is 2026-09-06 10:00
        assertThat(CRAWLED.minus(BACK)).isEqualTo(Instant.parse("2026-09-06T02:00:00Z"));
    }

    @Test
    void neverDatesACrawlAtTheEndOfALongQuarterIntoThisQuarter() {
        Instant lastDay = Instant.parse("2026-12-31T10:00:00Z");
        assertThat(io.appaudit.indexer.docs.Quarter.of(lastDay.minus(PreviousQuarterCrawl.backBy(lastDay))))
                .hasToString("2026Q3");
    }

    @Test
    void movesTheCrawlTimeAndQuarterBack() {
        ListingDocument back = backdated(probed());
        assertThat(back.timestamp()).isEqualTo(CRAWLED.minus(BACK));
        assertThat(back.quarter()).isEqualTo("2026Q3");
    }

    @Test
    void countsTheDaysSinceTheLastUpdateFromTheBackdatedCrawl() {
        ListingDocument doc = probed();
        ListingDocument back = backdated(doc);
        assertThat(back.daysSinceUpdate()).isEqualTo(Math.max(0, doc.daysSinceUpdate() - (int) BACK.toDays()));
    }

    @Test
    void movesEachProbeBackWithItsSnapshot() {
        assertThat(backdated(probed()).probes()).singleElement()
                .satisfies(p -> assertThat(p.probedAt()).isEqualTo(CRAWLED.plusSeconds(3).minus(BACK)));
    }

    @Test
    void keepsEverythingElse() {
        ListingDocument doc = probed();
        ListingDocument back = backdated(doc);
        assertThat(back).usingRecursiveComparison().ignoringFields("timestamp", "quarter", "daysSinceUpdate", "probes")
                .isEqualTo(doc);
    }
}
