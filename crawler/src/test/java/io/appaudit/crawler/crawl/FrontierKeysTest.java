package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontierKeysTest {

    private static StoreRequest post(String body) {
        return StoreRequest.post(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY,
                "https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official", Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void queuesAPlainGetUnderItsOwnUrl() {
        StoreRequest r = StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.LISTING,
                "https://app.mi.com/details?id=com.example");
        assertThat(FrontierKeys.of(r)).contains("https://app.mi.com/details?id=com.example");
    }

    @Test
    void givesPostsToTheSameUrlWithDifferentBodiesDifferentKeys() {
        assertThat(FrontierKeys.of(post("{\"offset\":0}"))).isNotEqualTo(FrontierKeys.of(post("{\"offset\":24}")));
        assertThat(FrontierKeys.of(post("{\"offset\":0}")).orElseThrow())
                .startsWith("https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official?" + FrontierKeys.REQUEST_PARAM + "=");
    }

    @Test
    void dropsTheFragmentAsCrawler4jDoes() {
        StoreRequest r = StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.DISCOVERY,
                "https://app.cdo.oppomobile.com/home/store/index.json?start=20&size=20#prev=abc");
        assertThat(FrontierKeys.of(r)).hasValueSatisfying(k -> assertThat(k).doesNotContain("#"));
    }
}
