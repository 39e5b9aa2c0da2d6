package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every store id names a module that answers for its own store, each question the registry asks of it. */
class StoreModulesTest {

    @Test
    void everyStoresModuleBuildsThatStoresAdapterAndLookUp() {
        for (StoreId id : StoreId.values()) {
            StoreModule module = id.module();
            assertThat(module.adapter(StoreSettings.NONE).store()).as("adapter of %s", id).isEqualTo(id);
            assertThat(module.lookup(StoreSettings.NONE).store()).as("look-up of %s", id).isEqualTo(id);
        }
    }

    @Test
    void everyStoreReadsItsPlaceholderKeyBackOutOfItsOwnDetailRequest() {
        for (StoreId id : StoreId.values()) {
            AppKeyForms keys = id.module().appKeys();
            String url = id.module().adapter(StoreSettings.NONE).listingRequests(AppRef.of(id, keys.placeholder()))
                    .get(0).url();
            assertThat(keys.inUrl(url)).as("%s key in %s", id, url).hasValue(keys.placeholder());
        }
    }

    @Test
    void everyStoreShipsDefaultsBesideItsModule() throws IOException {
        for (StoreId id : StoreId.values()) {
            URL defaults = id.module().defaults();
            assertThat(defaults).as("defaults.yaml of %s", id).isNotNull();
            try (InputStream in = defaults.openStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("defaults of %s", id)
                        .contains("enabled:", "delay:", "schedule:");
            }
        }
    }

    @Test
    void onlyVivoSweepsIds() {
        assertThat(Arrays.stream(StoreId.values()).filter(s -> s.module().sweepsIds())).containsExactly(StoreId.VIVO);
    }

    @Test
    void huaweiAndVivoNameTheBrowserPageOfAnAppWhoseEvidenceIsAnApiReply() {
        assertThat(StoreId.HUAWEI.module().browserPage(" c100123456 "))
                .hasValue("https://appgallery.huawei.com/app/C100123456");
        assertThat(StoreId.HUAWEI.module().browserPage("100123456"))
                .hasValue("https://appgallery.huawei.com/app/C100123456");
        assertThat(StoreId.VIVO.module().browserPage("3021001"))
                .hasValue("https://h5.appstore.vivo.com.cn/#/details?appId=3021001");
        assertThat(StoreId.VIVO.module().browserPage("C3021001")).isEmpty();
    }

    @Test
    void storesWhoseEvidenceIsTheirOwnPageNameNoOtherPage() {
        for (StoreId id : new StoreId[] {StoreId.TENCENT, StoreId.XIAOMI, StoreId.OPPO}) {
            assertThat(id.module().browserPage("com.tencent.mm")).as("%s", id).isEmpty();
        }
    }
}
