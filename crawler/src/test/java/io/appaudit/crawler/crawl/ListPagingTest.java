package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.crawler.crawl.ListPaging.Verdict;
import org.junit.jupiter.api.Test;

/** The one paging policy every store's lists are walked by (formerly six copies inside the adapters). */
class ListPagingTest {

    private final ListPaging tenPages = new ListPaging(10);

    @Test
    void followsWhileTheStoreAnnouncesAPageAndEachPageBringsNewApps() {
        assertThat(tenPages.judge(0, 15, true)).isEqualTo(Verdict.FOLLOW);
        assertThat(tenPages.judge(4, 1, true)).isEqualTo(Verdict.FOLLOW);
    }

    @Test
    void stopsAtTheLastPageTheStoreAnnounces() {
        assertThat(tenPages.judge(1, 15, false)).isEqualTo(Verdict.ENDED);
        assertThat(Verdict.ENDED.saturated()).isTrue();
    }

    @Test
    void stopsWhenAPageRepeatsAppsTheListGaveBefore() {
        assertThat(tenPages.judge(1, 0, true)).isEqualTo(Verdict.NOTHING_NEW);
        assertThat(Verdict.NOTHING_NEW.saturated()).isTrue();
    }

    @Test
    void followsTheFirstPageEvenWhenItsAppsWereSeenInAnotherList() {
        assertThat(tenPages.judge(0, 0, true)).isEqualTo(Verdict.FOLLOW);
    }

    @Test
    void stopsAtMaxPagesWhileTheListStillBringsNewAppsAsNotSaturated() {
        assertThat(tenPages.judge(9, 5, true)).isEqualTo(Verdict.MAX_PAGES);
        assertThat(new ListPaging(1).judge(0, 15, true)).isEqualTo(Verdict.MAX_PAGES);
        assertThat(Verdict.MAX_PAGES.saturated()).isFalse();
    }

    @Test
    void followsAnIdSweepToItsEndWhateverItsPagesBringAndBeyondMaxPages() {
        assertThat(tenPages.sweep(true)).isEqualTo(Verdict.FOLLOW);
        assertThat(tenPages.sweep(false)).isEqualTo(Verdict.ENDED);
    }

    @Test
    void refusesAPageBoundBelowOne() {
        assertThatThrownBy(() -> new ListPaging(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
