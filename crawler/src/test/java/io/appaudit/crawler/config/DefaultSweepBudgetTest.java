package io.appaudit.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.StoreId;
import io.appaudit.stores.vivo.VivoAdapter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped keyword sweep stays within the shipped per-store page budget. */
class DefaultSweepBudgetTest {

    @Test
    void vivosDefaultKeywordsPagedToMaxPagesFitItsDiscoveryPageBudget() {
        StoreCrawlConfig vivo = AppauditConfig.load(Settings.of(Map.of()), Map.of(), Optional.of(Path.of("unused")))
                .store(StoreId.VIVO);

        assertThat((long) VivoAdapter.DEFAULT_KEYWORDS.size() * vivo.maxPages())
                .isLessThanOrEqualTo(vivo.maxDiscoveryPages());
    }
}
