package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list item's facts are validated, store text cleaned and bounded; an item that says nothing is not kept. */
class ListItemTest {

    @Test
    void storeTextIsCleanedAndBounded() {
        ListItem i = ListItem.of("  8.0.49\u3000", null, null, "x".repeat(5_000), " ");

        assertThat(i.versionName()).contains("8.0.49");
        assertThat(i.developer().orElseThrow()).hasSize(ListItem.MAX_TEXT);
        assertThat(i.category()).isEmpty();
    }

    @Test
    void numbersOutsideTheirRangeAreUnknownFromStoreValuesAndRejectedFromCode() {
        assertThat(ListItem.of(null, -1L, 7.5, null, null).isEmpty()).isTrue();
        assertThatThrownBy(() -> new ListItem(Optional.empty(), Optional.empty(), Optional.of(5.5), Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0–5");
        assertThatThrownBy(() -> new ListItem(Optional.empty(), Optional.of(-3L), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpdateTimeOrASizeAloneIsAFactAndASizeOfZeroIsUnknown() {
        assertThat(ListItem.builder().sizeBytes(0L).build().isEmpty()).isTrue();
        assertThat(ListItem.builder().sizeBytes(20_971_520L).build().isEmpty()).isFalse();
        assertThat(ListItem.builder().updatedAt(OffsetDateTime.parse("2026-09-28T14:34:02+08:00")).build().isEmpty())
                .isFalse();
    }

    @Test
    void anItemThatSaysNothingIsNotKeptOnTheReferenceButOneSeenOnAPageIs() {
        AppRef ref = AppRef.of(StoreId.OPPO, "4169", "com.tencent.mm", "微信", "feed");
        ListItem empty = ListItem.of(null, null, null, null, null);

        assertThat(ref.withItem(empty).item()).isEmpty();
        assertThat(ref.withItem(ListItem.of("8.0.49", null, null, null, null)).item()).isPresent();
        ListItem seen = ListItem.of("8.0.49", 5L, 4.0, null, null)
                .seenOn("https://app.cdo.oppomobile.com/home/store/index.json", Instant.EPOCH, Optional.empty());
        assertThat(seen.seen()).hasValueSatisfying(s -> assertThat(s.listUrl()).endsWith("index.json"));
        assertThatThrownBy(() -> new ListItem.Seen(" ", Instant.EPOCH, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
