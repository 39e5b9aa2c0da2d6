package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XiaomiAdapterTest {

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    @Test
    void isTheXiaomiStore() {
        assertThat(adapter.store()).isEqualTo(StoreId.XIAOMI);
    }

    @Test
    void requestsTheDetailsPageByPackageWithTheStoreReferer() {
        assertThat(adapter.listingRequests(Fixtures.app("com.tencent.mm"))).containsExactly(
                StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.LISTING,
                        "https://app.mi.com/details?id=com.tencent.mm", Map.of("Referer", "https://app.mi.com/")));
    }

    @Test
    void encodesAnOddAppIdIntoTheDetailsUrl() {
        assertThat(adapter.listingRequests(Fixtures.app("a b&c")).get(0).url())
                .isEqualTo("https://app.mi.com/details?id=a+b%26c");
    }

    @Test
    void needsNoAuthorisation() {
        assertThat(adapter.auth()).isSameAs(RequestAuth.NONE);
    }
}
