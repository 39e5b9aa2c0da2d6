package io.appaudit.indexer.notices;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.notices.FollowUp.State;
import io.appaudit.indexer.notices.Sighting.Presence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static Instant day(int d) {
        return Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * d);
    }

    private static Sighting seen(int d, Presence p, List<String> failed, List<String> passed) {
        return new Sighting(day(d), p, failed, passed);
    }

    private static Sighting seen(int d, Presence p) {
        return seen(d, p, List.of(), List.of());
    }

    @Test
    void anAppListedAtEveryLookUpIsStillListedSinceTheFirst() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED), seen(2, Presence.LISTED)), Optional.empty());
        assertThat(f.state()).isEqualTo(State.STILL_LISTED);
        assertThat(f.since()).hasValue(day(1));
    }

    @Test
    void removedSinceTheFirstLookUpThatSawItGone() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED), seen(3, Presence.GONE), seen(5, Presence.GONE)),
                Optional.empty());
        assertThat(f.state()).isEqualTo(State.REMOVED);
        assertThat(f.since()).hasValue(day(3));
        assertThat(f.lastSeen()).hasValue(day(1));
        assertThat(f.state().settled()).isTrue();
    }

    @Test
    void listedAgainAfterARemovalIsRelistedWithBothDates() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED), seen(2, Presence.GONE), seen(3, Presence.GONE),
                seen(4, Presence.LISTED)), Optional.empty());
        assertThat(f.state()).isEqualTo(State.RELISTED);
        assertThat(f.removedAt()).hasValue(day(2));
        assertThat(f.since()).hasValue(day(4));
        assertThat(f.state().settled()).isFalse();
    }

    @Test
    void listedWithTheNamedProblemPassedIsRectifiedSinceItFirstPassed() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED, List.of("D1"), List.of()),
                seen(2, Presence.LISTED, List.of(), List.of("D1"))), Optional.of("D1"));
        assertThat(f.state()).isEqualTo(State.RECTIFIED);
        assertThat(f.since()).hasValue(day(2));
    }

    @Test
    void aNamedProblemThatCouldNotBeEvaluatedIsNotRectified() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED, List.of(), List.of())), Optional.of("D1"));
        assertThat(f.state()).isEqualTo(State.STILL_LISTED);
    }

    @Test
    void lookUpsThatCouldNotTellChangeNothingAndAloneAreUnknown() {
        assertThat(FollowUp.of(List.of(seen(1, Presence.UNKNOWN)), Optional.empty()).state())
                .isEqualTo(State.UNKNOWN);
        assertThat(FollowUp.of(List.of(seen(1, Presence.LISTED), seen(2, Presence.UNKNOWN)), Optional.empty())
                .state()).isEqualTo(State.STILL_LISTED);
    }

    @Test
    void aSearchThatNoLongerFindsTheAppIsNotCalledRemoved() {
        FollowUp f = FollowUp.of(List.of(seen(1, Presence.LISTED), seen(2, Presence.NOT_FOUND)), Optional.empty());
        assertThat(f.state()).isEqualTo(State.NOT_FOUND_BY_SEARCH);
        assertThat(f.state().settled()).isFalse();
    }

    @Test
    void eachDateNamesTheCrawlOrLookUpThatSawIt() {
        Sighting crawled = new Sighting(day(1), Presence.LISTED, List.of(), List.of(), Optional.of("run-1"));
        Sighting lookedUpGone = seen(2, Presence.GONE);
        Sighting crawledAgain = new Sighting(day(4), Presence.LISTED, List.of(), List.of(), Optional.of("run-4"));

        FollowUp f = FollowUp.of(List.of(crawledAgain, lookedUpGone, crawled), Optional.empty());

        assertThat(f.state()).isEqualTo(State.RELISTED);
        assertThat(f.sinceBy()).hasValue("crawl run-4");
        assertThat(f.removedAt()).hasValue(day(2));
        assertThat(f.removedBy()).hasValue("look-up");
    }
}
