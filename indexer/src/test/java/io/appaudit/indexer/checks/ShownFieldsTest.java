package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold of checks.shown-threshold decides what a store shows; an unmeasured store shows everything. */
class ShownFieldsTest {

    private static ShownFields oneStore(long evaluated, long found) {
        return new ShownFields(0.10, Map.of(StoreId.VIVO,
                new ShownFields.Store(evaluated, Map.of(ListingField.FILING_NUMBER, found))));
    }

    @Test
    void aFieldFoundBelowTheThresholdIsNotShown() {
        assertThat(oneStore(40, 3).notShown(StoreId.VIVO)).contains(ListingField.FILING_NUMBER);
    }

    @Test
    void aFieldFoundOnTheThresholdShareIsShown() {
        assertThat(oneStore(40, 4).shows(StoreId.VIVO, ListingField.FILING_NUMBER)).isTrue();
    }

    @Test
    void aStoreNotMeasuredShowsEveryField() {
        assertThat(oneStore(40, 0).notShown(StoreId.OPPO)).isEmpty();
        assertThat(ShownFields.unmeasured().notShown(StoreId.VIVO)).isEmpty();
    }

    @Test
    void blocksEveryCheckThatReadsAFieldNotShown() {
        CheckContext c = CheckContext.load(ShippedDefaults.checks()).withShown(oneStore(40, 0));
        assertThat(c.blocked(CheckId.R1, StoreId.VIVO)).isTrue();
        assertThat(c.blocked(CheckId.D5, StoreId.VIVO)).isTrue();
        assertThat(c.blocked(CheckId.R1, StoreId.OPPO)).isFalse();
        assertThat(c.blockedNote(CheckId.R1, StoreId.VIVO))
                .isEqualTo("not shown by this store: filing_number (measured share 0.0 % of 40 apps)");
    }

    @Test
    void r3IsBlockedOnlyWhenTheStoreShowsNoneOfItsParts() {
        ShownFields nothing = new ShownFields(0.10, Map.of(StoreId.VIVO, new ShownFields.Store(10, Map.of())));
        CheckContext c = CheckContext.load(ShippedDefaults.checks()).withShown(nothing);
        assertThat(c.blocked(CheckId.R3, StoreId.VIVO)).isTrue();
        ShownFields developerOnly = new ShownFields(0.10, Map.of(StoreId.VIVO,
                new ShownFields.Store(10, Map.of(ListingField.DEVELOPER, 10L))));
        assertThat(CheckContext.load(ShippedDefaults.checks()).withShown(developerOnly).blocked(CheckId.R3,
                StoreId.VIVO)).isFalse();
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new CheckConfig(java.time.LocalDate.of(2024, 4, 1),
                ShippedDefaults.checks().filingPattern(), 730, java.util.List.of(), 30,
                java.time.LocalDate.of(2024, 1, 31), java.time.Duration.ofHours(24), java.util.List.of(), "官方",
                java.util.List.of(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                10)).hasMessageContaining("checks.shown-threshold");
    }

    @Test
    void aStoreCannotFindAFieldOnMoreAppsThanItEvaluated() {
        assertThatThrownBy(() -> new ShownFields.Store(3, Map.of(ListingField.DEVELOPER, 4L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
