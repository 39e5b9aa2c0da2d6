package io.appaudit.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreIdTest {

    @Test
    void findsEachStoreByTheIdDocumentsStore() {
        for (StoreId id : StoreId.values()) {
            assertThat(StoreId.find(id.id())).as(id.id()).hasValue(id);
        }
    }

    @Test
    void findsNothingForAStoreItDoesNotKnowOrForTextThatIsNotExactlyAnId() {
        assertThat(StoreId.find("samsung")).isEmpty();
        assertThat(StoreId.find("Huawei")).isEmpty();
        assertThat(StoreId.find(" vivo")).isEmpty();
        assertThat(StoreId.find("")).isEmpty();
        assertThat(StoreId.find(null)).isEmpty();
    }

    @Test
    void parsesWhatAUserTypesAndNamesTheValidIdsWhenItIsNoStore() {
        assertThat(StoreId.of(" Huawei ")).isEqualTo(StoreId.HUAWEI);
        assertThatThrownBy(() -> StoreId.of("samsung")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown store 'samsung'")
                .hasMessageContaining("tencent, xiaomi, oppo, huawei, vivo");
    }
}
