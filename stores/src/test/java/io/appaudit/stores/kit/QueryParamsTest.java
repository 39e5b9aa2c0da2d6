package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

    @Test
    void decodesNamesAndValuesKeepingTheFirstValueOfARepeatedName() {
        assertThat(QueryParams.of("https://web-drcn.hispace.dbankcloud.com/uowap/index?method=internal.getTabDetail"
                + "&uri=app%7CC100&reqPageNum=1&uri=second&flag&q=%E5%BE%AE%E4%BF%A1+x"))
                .containsExactly(java.util.Map.entry("method", "internal.getTabDetail"),
                        java.util.Map.entry("uri", "app|C100"), java.util.Map.entry("reqPageNum", "1"),
                        java.util.Map.entry("flag", ""), java.util.Map.entry("q", "微信 x"));
    }

    @Test
    void isEmptyWithoutAQueryOrWhenTheUrlOrAnEscapeDoesNotParse() {
        assertThat(QueryParams.of("https://app.mi.com/details")).isEmpty();
        assertThat(QueryParams.of("https://app.mi.com/details?")).isEmpty();
        assertThat(QueryParams.of("not a url ? a=b")).isEmpty();
        assertThat(QueryParams.of("https://app.mi.com/details?id=%zz")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "1, 1", "07, 7", "30, 30", "999999999, 999999999", "000000001, 1"})
    void readsOneToNineAsciiDigitsAsAWholeNumber(String value, int expected) {
        assertThat(QueryParams.wholeNumber(value)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"-1", "+1", " 1", "1 ", "1.0", "1e3", "0x1f", "abc", "1000000000", "0000000001",
        "99999999999999999999", "\u0663"})
    void refusesAbsentGarbageSignedAndOverlongValues(String value) {
        assertThat(QueryParams.wholeNumber(value)).isEmpty();
    }

    @Test
    void readsAWholeNumberParameterByNameAndNothingForAnAbsentName() {
        Map<String, String> query = QueryParams.of("https://h5-api.appstore.vivo.com.cn/s?page_index=3&apps_per_page=x");
        assertThat(QueryParams.wholeNumber(query, "page_index")).contains(3);
        assertThat(QueryParams.wholeNumber(query, "apps_per_page")).isEmpty();
        assertThat(QueryParams.wholeNumber(query, "start")).isEmpty();
    }
}
