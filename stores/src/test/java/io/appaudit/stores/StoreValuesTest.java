package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StoreValuesTest {

    @Test
    void readsHuaweiDatesWithoutZeroPaddingInChinaTime() {
        assertThat(StoreDates.text("2025/12/4")).contains(OffsetDateTime.parse("2025-12-04T00:00+08:00"));
    }

    @Test
    void readsVivoDateTimes() {
        assertThat(StoreDates.text("2026-01-15 10:20:30")).contains(OffsetDateTime.parse("2026-01-15T10:20:30+08:00"));
    }

    @Test
    void readsChineseDates() {
        assertThat(StoreDates.text("2024年3月9日")).contains(OffsetDateTime.parse("2024-03-09T00:00+08:00"));
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(StoreDates.text("2024-02-31")).isEmpty();
        assertThat(StoreDates.text("维护中")).isEmpty();
        assertThat(StoreDates.epochSeconds(0)).isEmpty();
    }

    @Test
    void readsEpochSecondsAsChinaTime() {
        assertThat(StoreDates.epochSeconds(1609141840L)).contains(OffsetDateTime.parse("2020-12-28T15:50:40+08:00"));
    }

    @Test
    void readsSizesWithThousandsSeparators() {
        assertThat(StoreSizes.parse("1,547.3 MB")).contains((long) (1547.3 * 1024 * 1024));
        assertThat(StoreSizes.parse("12.34 M")).contains((long) (12.34 * 1024 * 1024));
        assertThat(StoreSizes.parse("850KB")).contains(850L * 1024);
        assertThat(StoreSizes.parse("未知")).isEmpty();
    }

    @Test
    void findsFilingNumbersInFreeText() {
        assertThat(FilingNumbers.find("本应用备案号：粤 ICP备 2023012345号-10A，开发者")).contains("粤ICP备2023012345号-10A");
        assertThat(FilingNumbers.find("京ICP备１２３４５６７８号")).contains("京ICP备12345678号");
        assertThat(FilingNumbers.find("没有备案")).isEmpty();
    }

    @Test
    void readsNumbersSentAsStrings() {
        var n = JsonTree.parse("{\"a\":{\"size\":\"1234\",\"score\":\"4.5\",\"blank\":\" \"}}").orElseThrow();
        assertThat(JsonTree.number(n, "a.size")).contains(1234L);
        assertThat(JsonTree.decimal(n, "a.score")).contains(4.5);
        assertThat(JsonTree.text(n, "a.blank")).isEmpty();
        assertThat(JsonTree.text(n, "a.missing.deeper")).isEmpty();
    }

    @Test
    void treatsTruncatedJsonAsNotJson() {
        assertThat(JsonTree.parse("{\"a\": [1, 2")).isEmpty();
        assertThat(JsonTree.parse("<html>captcha</html>")).isEmpty();
    }

    @Test
    void treatsOverflowingNumbersAsUnknown() {
        var n = JsonTree.parse("{\"a\":1e999,\"b\":-1e999,\"c\":12.7}").orElseThrow();
        assertThat(JsonTree.number(n, "a")).isEmpty();
        assertThat(JsonTree.decimal(n, "b")).isEmpty();
        assertThat(JsonTree.number(n, "c")).contains(12L);
    }
}
