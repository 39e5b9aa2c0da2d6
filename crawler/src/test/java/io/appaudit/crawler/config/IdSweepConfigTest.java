package io.appaudit.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.stores.IdRange;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** vivo's id sweep is off unless configured, bounded by max-ids, and a wrong range names its keys and values. */
class IdSweepConfigTest {

    private static AppauditConfig load(Map<String, String> settings) {
        return AppauditConfig.load(Settings.of(settings), Map.of(), Optional.of(Path.of("unused")));
    }

    @Test
    void theShippedDefaultsSweepNoIds() {
        assertThat(load(Map.of()).store(StoreId.VIVO).discovery().idRange()).isEmpty();
    }

    @Test
    void aConfiguredRangeReachesVivosDiscovery() {
        AppauditConfig c = load(Map.of("stores.vivo.id-range.from", "3021000", "stores.vivo.id-range.to", "3021999"));

        assertThat(c.store(StoreId.VIVO).discovery().idRange()).contains(new IdRange(3_021_000, 3_021_999));
    }

    @Test
    void aRangeLargerThanMaxIdsIsRefusedNamingBoth() {
        assertThatThrownBy(() -> load(Map.of("stores.vivo.id-range.from", "1", "stores.vivo.id-range.to", "10001")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("stores.vivo.id-range: 1 to 10001 is 10001 ids, above stores.vivo.id-range.max-ids (10000)");
    }

    @Test
    void maxIdsCanBeRaisedWithinItsLimit() {
        AppauditConfig c = load(Map.of("stores.vivo.id-range.from", "1", "stores.vivo.id-range.to", "20000",
                "stores.vivo.id-range.max-ids", "20000"));

        assertThat(c.store(StoreId.VIVO).discovery().idRange().map(IdRange::size)).contains(20_000L);
        assertThatThrownBy(() -> load(Map.of("stores.vivo.id-range.max-ids", "2000000")))
                .hasMessageStartingWith("stores.vivo.id-range.max-ids: 2000000 is outside 1 to 1000000");
    }

    @Test
    void anEndBeforeItsStartNamesTheEnd() {
        assertThatThrownBy(() -> load(Map.of("stores.vivo.id-range.from", "500", "stores.vivo.id-range.to", "499")))
                .hasMessage("stores.vivo.id-range.to: 499 is below stores.vivo.id-range.from (500)");
    }

    @Test
    void anEndWithoutAStartNamesTheStart() {
        assertThatThrownBy(() -> load(Map.of("stores.vivo.id-range.to", "499")))
                .hasMessageStartingWith("stores.vivo.id-range.from: 0 is below 1");
    }

    @Test
    void otherStoresHaveNoIdRange() {
        assertThatThrownBy(() -> load(Map.of("stores.xiaomi.id-range.from", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stores.xiaomi.id-range.from");
    }
}
