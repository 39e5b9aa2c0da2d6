package io.appaudit.crawler.validity;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validity suite's generator on its own: deterministic, and planting only what each store's format can show. */
class PlantingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final Catalogue catalogue = Planting.generate(ValidityTest.SEED, DAY);

    @Test
    void theSameSeedAndDayGiveTheSameStores() {
        assertThat(Planting.generate(ValidityTest.SEED, DAY)).isEqualTo(catalogue);
        assertThat(Planting.generate(ValidityTest.SEED + 1, DAY)).isNotEqualTo(catalogue);
    }

    @Test
    void everyStoreListsTheSameFortyPackages() {
        Set<String> tencent = packages(StoreId.TENCENT);
        assertThat(tencent).hasSize(Planting.APPS);
        for (StoreId s : StoreId.values()) {
            assertThat(packages(s)).as(s.id()).isEqualTo(tencent);
        }
    }

    @Test
    void filingProblemsArePlantedOnlyWhereTheStoreHasAPlaceForTheNumber() {
        assertThat(storesPlanted("R1")).isEqualTo(storesPlanted("R2")).isEqualTo(Formats.FILING.stream()
                .map(StoreId::id).collect(Collectors.toSet()));
    }

    @Test
    void privacyAndTargetSdkProblemsArePlantedOnlyWhereTheStoreShowsThem() {
        assertThat(storesPlanted("R4")).isSubsetOf(Formats.PRIVACY.stream().map(StoreId::id).toList());
        assertThat(storesPlanted("Z2")).containsExactly(StoreId.HUAWEI.id());
    }

    @Test
    void everyStoreHasPlantedProblemsOnSomeButNotMostApps() {
        for (StoreId s : StoreId.values()) {
            assertThat(catalogue.flagged(s).size()).as(s.id()).isBetween(10, 25);
        }
    }

    private Set<String> packages(StoreId s) {
        return catalogue.listings().get(s).stream().map(Shown::pkg).collect(Collectors.toSet());
    }

    private Set<String> storesPlanted(String check) {
        return catalogue.problems().stream().filter(p -> p.check().equals(check)).map(Planted::store)
                .collect(Collectors.toSet());
    }
}
