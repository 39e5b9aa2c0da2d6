package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A listing built from a list item alone ({@code source: list}) lacks what the list does not show: the checks that
 * need it are unknown, never failed; a check whose every needed field the list showed is still asked.
 */
class ListOnlyChecksTest {

    private static final Instant T = Instant.parse("2026-11-10T02:00:00Z");
    private final ListingChecks checks = ListingChecks.of(CheckContext.load(ShippedDefaults.checks()));

    private static ListingDocument fromList(String developer) {
        Listing l = Listing.builder(StoreId.OPPO, "1810004", "com.list.only").name("列表应用").versionName("8.0.49")
                .downloads(50_000_000L).rating(4.5).developer(developer)
                .sourceUrl("https://app.cdo.oppomobile.com/home/store/index.json?start=0&size=20").fetchedAt(T).build();
        return ListingDocuments.snapshot(new ListingResult.Listed(l), "run-1", T, Optional.empty(), false);
    }

    @Test
    void theSameFactsReadFromADetailPageFailChecksThatAListOnlyListingLeavesUnknown() {
        ListingDocument detail = checks.apply(fromList(null));
        ListingDocument listOnly = checks.apply(fromList(null).fromListOnly());

        assertThat(detail.checksFailed()).contains("R1", "D4");
        assertThat(listOnly.source()).isEqualTo(ListingDocument.SOURCE_LIST);
        assertThat(listOnly.checksFailed()).isEmpty();
        assertThat(listOnly.flagged()).isFalse();
        assertThat(listOnly.checksUnknown()).contains("R1", "R3", "Z1", "D4", "M4");
        assertThat(checks.evaluate(CheckId.R1, listOnly).note()).startsWith("list-only listing");
    }

    @Test
    void aCheckWhoseNeededFieldsTheListShowedIsStillAsked() {
        ListingDocument listOnly = checks.apply(fromList("某某科技有限公司").fromListOnly());

        assertThat(listOnly.checksPassed()).contains("D4");
        assertThat(listOnly.checksUnknown()).contains("R1", "Z1").doesNotContain("D4");
    }
}
