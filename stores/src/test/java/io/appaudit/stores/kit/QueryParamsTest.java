package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
