package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each labelled snapshot fails exactly the listing checks planted in it; decoys fail none. */
class ListingCorpusTest {

    @TempDir
    static Path files;
    private static ListingChecks checks;

    @BeforeAll
    static void load() {
        checks = ListingChecks.of(Corpus.context(files));
    }

    static Stream<Corpus.Case> cases() {
        return Corpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsExactlyThePlantedListingChecks(Corpus.Case c) {
        for (ListingDocument d : c.snapshots()) {
            assertThat(outcomes(d, Outcome.Status.FAILED))
                    .as(d.store() + "/" + d.packageName() + " at " + d.timestamp())
                    .isEqualTo(c.listingChecks(StoreId.of(d.store()), d.packageName(), false));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsRelatedEntitiesAsInformational(Corpus.Case c) {
        for (ListingDocument d : c.snapshots()) {
            assertThat(outcomes(d, Outcome.Status.INFORMATIONAL))
                    .isEqualTo(c.listingChecks(StoreId.of(d.store()), d.packageName(), true));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recordsTheOutcomesOnTheSnapshot(Corpus.Case c) {
        ListingDocument d = checks.apply(c.snapshots().get(0));
        Set<CheckId> failing = c.listingChecks(StoreId.of(d.store()), d.packageName(), false);
        assertThat(d.checksFailed()).containsExactlyInAnyOrderElementsOf(failing.stream().map(Enum::name).toList());
        // Flagged as stored: only a failure no store-level measure can undo (a check reading no disclosure).
        assertThat(d.flagged()).isEqualTo(failing.stream().anyMatch(id -> id.needs().isEmpty()));
        assertThat(d.checksFailed().size() + d.checksUnknown().size() + d.checksPassed().size())
                .isEqualTo(CheckRegistry.listing().size());
    }

    private static Set<CheckId> outcomes(ListingDocument d, Outcome.Status status) {
        Set<CheckId> out = EnumSet.noneOf(CheckId.class);
        for (Map.Entry<CheckId, Outcome> e : checks.evaluate(d).entrySet()) {
            if (e.getValue().status() == status) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
