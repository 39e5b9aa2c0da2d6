package io.appaudit.stores.oppo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadCountsTest {

    @Test
    void multipliesHundredMillionsExactly() {
        assertThat(DownloadCounts.parse("173.4 亿次")).contains(17_340_000_000L);
    }

    @Test
    void multipliesTenThousandsWithAPlusSign() {
        assertThat(DownloadCounts.parse("5000万+")).contains(50_000_000L);
    }

    @Test
    void combinesStackedUnits() {
        assertThat(DownloadCounts.parse("1.2万亿次")).contains(1_200_000_000_000L);
    }

    @Test
    void readsPlainCountsWithThousandsSeparators() {
        assertThat(DownloadCounts.parse("1,234次下载")).contains(1_234L);
    }

    @Test
    void roundsFractionsOfASingleDownload() {
        assertThat(DownloadCounts.parse("0.00005万")).contains(1L);
    }

    @Test
    void leavesTextWithoutANumberUnknown() {
        assertThat(DownloadCounts.parse("暂无")).isEmpty();
        assertThat(DownloadCounts.parse(null)).isEmpty();
    }

    @Test
    void leavesCountsBeyondALongUnknown() {
        assertThat(DownloadCounts.parse("99999999999亿亿")).isEmpty();
    }
}
