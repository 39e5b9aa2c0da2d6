package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.Hash;
import io.appaudit.stores.JsonTree;
import io.appaudit.stores.Listing;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MIUI client API item (real 2017 sample) read as a listing snapshot. */
class ClientApiItemTest {

    private static final String URL = "https://app.market.xiaomi.com/apm/featured?page=0";

    private static Listing item(int index) {
        JsonNode root = JsonTree.parse(Fixtures.bytes("market-apm-list-datas-2017.json")).orElseThrow();
        return ClientApiItem.listing(JsonTree.at(root, "datas." + index).orElseThrow(), URL, Fixtures.FETCHED)
                .orElseThrow();
    }

    @Test
    void readsTheReleaseKeyHashAsASigningCertificateDigest() {
        assertThat(item(0).hashes()).containsExactly(new Hash(Hash.Kind.SIGNING_CERT, "7d3d05b0675fd46942352df6d1516c9d"));
    }

    @Test
    void readsThePublisherAsTheDeveloper() {
        assertThat(item(1).developer()).contains("派生科技集团股份有限公司");
    }

    @Test
    void readsTheUpdateTimeInMillisecondsAsChinaTime() {
        assertThat(item(2).updatedAt()).contains(OffsetDateTime.parse("2017-10-23T14:51:45.600+08:00"));
    }

    @Test
    void readsTheOtherFields() {
        Listing l = item(0);
        assertThat(l.storeAppId()).isEqualTo("com.elong.hotel.ui");
        assertThat(l.packageName()).isEqualTo("com.elong.hotel.ui");
        assertThat(l.name()).contains("艺龙酒店-酒店大促");
        assertThat(l.versionName()).contains("9.31.2");
        assertThat(l.versionCode()).contains(9312L);
        assertThat(l.sizeBytes()).contains(38_347_422L);
        assertThat(l.category()).contains("旅行交通");
        assertThat(l.shortDescription()).contains("旅游出行，订酒店来这里");
        assertThat(l.rating()).isEmpty();
        assertThat(l.extras()).isEqualTo(Map.of("appId", "40450"));
        assertThat(l.sourceUrl()).isEqualTo(URL);
        assertThat(l.fetchedAt()).isEqualTo(Fixtures.FETCHED);
    }

    @Test
    void readsANonFiniteNumberAsUnknown() {
        JsonNode item = JsonTree.parse("{\"packageName\":\"com.junte\",\"updateTime\":1e999,\"apkSize\":-1e999}")
                .orElseThrow();
        Listing l = ClientApiItem.listing(item, URL, Fixtures.FETCHED).orElseThrow();
        assertThat(l.updatedAt()).isEmpty();
        assertThat(l.sizeBytes()).isEmpty();
    }

    @Test
    void readsNothingFromAnItemWithoutAPackage() {
        JsonNode item = JsonTree.parse("{\"displayName\":\"x\"}").orElseThrow();
        assertThat(ClientApiItem.listing(item, URL, Fixtures.FETCHED)).isEmpty();
    }
}
