package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.huawei.HuaweiLookup;
import io.appaudit.stores.oppo.OppoLookup;
import io.appaudit.stores.tencent.TencentLookup;
import io.appaudit.stores.vivo.VivoLookup;
import io.appaudit.stores.xiaomi.XiaomiLookup;
import org.junit.jupiter.api.Test;

/** Each store's look-up path: by package where the store keys pages by package, else its search. */
class StoreLookupTest {

    @Test
    void tencentAndXiaomiAreAskedByPackage() {
        assertThat(new TencentLookup().byPackage("com.tencent.mm")).hasValueSatisfying(r ->
                assertThat(r.storeAppId()).isEqualTo("com.tencent.mm"));
        assertThat(new XiaomiLookup().byPackage("com.tencent.mm")).hasValueSatisfying(r ->
                assertThat(r.packageName()).hasValue("com.tencent.mm"));
    }

    @Test
    void huaweiVivoAndOppoHaveNoLookUpByPackage() {
        assertThat(new HuaweiLookup().byPackage("com.tencent.mm")).isEmpty();
        assertThat(new VivoLookup().byPackage("com.tencent.mm")).isEmpty();
        assertThat(new OppoLookup(true).byPackage("com.tencent.mm")).isEmpty();
    }

    @Test
    void searchesCarryTheKeywordEncodedInEachStoresOwnParameter() {
        assertThat(new HuaweiLookup().search("微信").orElseThrow().url()).contains("uri=searchApp%7C%E5%BE%AE%E4%BF%A1");
        assertThat(new VivoLookup().search("微信").orElseThrow().url())
                .contains("/h5appstore/search/result-list").contains("key=%E5%BE%AE%E4%BF%A1");
        assertThat(new XiaomiLookup().search("微信").orElseThrow().url()).contains("searchapi?keywords=%E5%BE%AE");
        assertThat(new TencentLookup().search("微信").orElseThrow().url()).startsWith("https://sj.qq.com/search?q=");
        assertThat(new OppoLookup(true).search("微信").orElseThrow().url()).contains("/search/v1/search?keyword=");
    }

    @Test
    void oppoWithoutSigningCannotSearchAndSaysWhy() {
        OppoLookup unsigned = new OppoLookup(false);
        assertThat(unsigned.search("微信")).isEmpty();
        assertThat(unsigned.searchUnavailable()).hasValueSatisfying(r -> assertThat(r).contains("stores.oppo.signing"));
        assertThat(new OppoLookup(true).searchUnavailable()).isEmpty();
    }

    @Test
    void aBlankKeywordIsNoSearch() {
        assertThat(new VivoLookup().search("  ")).isEmpty();
        assertThat(new HuaweiLookup().search("")).isEmpty();
    }
}
