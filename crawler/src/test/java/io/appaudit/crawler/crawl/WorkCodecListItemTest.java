package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A queued app keeps its list item and the list page it was read on across a resumed run (the crawl state). */
class WorkCodecListItemTest {

    private static final StoreRequest DETAIL = StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.LISTING,
            "https://app.cdo.oppomobile.com/home/detail?app_id=4169");

    @Test
    void aListItemWithItsPageAndCaptureSurvivesTheCrawlState() {
        ListItem item = ListItem.builder().versionName("8.0.49").downloads(17_340_000_000L).rating(2.93813)
                .developer("深圳市腾讯计算机系统有限公司").category("社交")
                .updatedAt(OffsetDateTime.parse("2024-09-20T16:29:15+08:00")).sizeBytes(261_152_116L).build()
                .seenOn("https://app.cdo.oppomobile.com/home/store/index.json?start=0&size=20",
                        Instant.parse("2026-12-07T06:00:00Z"),
                        Optional.of(new EvidenceRef("appaudit-oppo-1.warc.gz", "<urn:uuid:1>", "ab".repeat(32))));
        WorkItem w = WorkItem.listing(DETAIL,
                AppRef.of(StoreId.OPPO, "4169", "com.tencent.mm", "微信", "feed").withItem(item));

        assertThat(WorkCodec.decode(WorkCodec.encode(w))).isEqualTo(w);
    }

    @Test
    void anAppWithoutAListItemStaysWithout() {
        WorkItem w = WorkItem.listing(DETAIL, AppRef.of(StoreId.OPPO, "4169", "com.tencent.mm", "微信", "feed"));

        assertThat(WorkCodec.decode(WorkCodec.encode(w)).app().orElseThrow().item()).isEmpty();
    }
}
