package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseCountsTest {

    @Test
    void multipliesHundredMillionsExactly() {
        assertThat(ChineseCounts.parse("173.4 亿次")).contains(17_340_000_000L);
    }

    @Test
    void multipliesTenThousandsWithAPlusSign() {
        assertThat(ChineseCounts.parse("5000万+")).contains(50_000_000L);
    }

    @Test
    void combinesStackedUnits() {
        assertThat(ChineseCounts.parse("1.2万亿次")).contains(1_200_000_000_000L);
    }

    @Test
    void readsPlainCountsWithThousandsSeparators() {
        assertThat(ChineseCounts.parse("1,234次下载")).contains(1_234L);
    }

    @Test
    void roundsFractionsOfASingleDownload() {
        assertThat(ChineseCounts.parse("0.00005万")).contains(1L);
    }

    @Test
    void leavesTextWithoutANumberUnknown() {
        assertThat(ChineseCounts.parse("暂无")).isEmpty();
        assertThat(ChineseCounts.parse(null)).isEmpty();
    }

    @Test
    void leavesCountsBeyondALongUnknown() {
        assertThat(ChineseCounts.parse("99999999999亿亿")).isEmpty();
    }

    /** Every form one of the former copies (Huawei's InstallCounts, OPPO's DownloadCounts, Tencent's) accepted. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            265 亿次安装       | 26500000000
            5,539 万次安装     | 55390000
            3.5 千万           | 35000000
            2百万              | 2000000
            5十万              | 500000
            8千                | 8000
            1.2亿              | 120000000
            3万+               | 30000
            10,000次安装       | 10000
            12 亿次            | 1200000000
            1266237501         | 1266237501
            500以上            | 500
            下载 1.5万         | 15000
            1.2 万 亿          | 1200000000000
            '1\u00a0234次'     | 1234
            '2\u3000万'        | 20000
            1.23456万          | 12346
            0                  | 0
            9223372036854775807 | 9223372036854775807
            """)
    void readsEveryPrintedForm(String printed, long count) {
        assertThat(ChineseCounts.parse(printed)).contains(count);
    }

    /** Garbage, negative counts and overflow are unknown, never a guess. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            暂无
            亿
            万次
            .5万
            -5万
            -1,234次
            －3亿
            9223372036854775808
            92233720368547758.08亿
            100000000000亿
            1亿亿亿
            """)
    void refusesWhatIsNoCount(String printed) {
        assertThat(ChineseCounts.parse(printed)).isEmpty();
    }
}
