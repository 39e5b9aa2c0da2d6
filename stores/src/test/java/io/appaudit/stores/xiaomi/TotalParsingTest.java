package io.appaudit.stores.xiaomi;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.Mutations;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mutant of every fixture comes back as a value, never an exception. */
class TotalParsingTest {

    private static final long SEED = 20250601L;
    private static final int MUTANTS = 2000;
    private static final List<String> PAGES = List.of("details-2025.html", "details-2025-maintenance.html",
            "details-2019.html", "details-unknown-package.html", "verification.html");
    private static final List<String> LISTS = List.of("categotyAllListApi-page0.json",
            "categotyAllListApi-last.json", "searchapi.json", "market-apm-list-datas-2017.json");

    private final XiaomiAdapter adapter = new XiaomiAdapter();

    @Test
    void parseListingReturnsAValueForEveryMutantOfEveryPage() {
        for (String page : PAGES) {
            for (byte[] mutant : Mutations.of(Fixtures.bytes(page), MUTANTS, SEED)) {
                String url = Fixtures.detailsUrl("com.tencent.mm");
                assertThat(adapter.parseListing(Fixtures.app("com.tencent.mm"),
                        List.of(Fixtures.response(url, 200, mutant)))).as(page).isNotNull();
            }
        }
    }

    @Test
    void parseDiscoveryReturnsAValueForEveryMutantOfEveryList() {
        StoreRequest request = StoreRequest.get(StoreId.XIAOMI, StoreRequest.Purpose.DISCOVERY,
                "https://app.mi.com/categotyAllListApi?page=0&categoryId=2&pageSize=30",
                Map.of("Referer", "https://app.mi.com/"));
        for (String list : LISTS) {
            for (byte[] mutant : Mutations.of(Fixtures.bytes(list), MUTANTS, SEED)) {
                assertThat(adapter.parseDiscovery(request, Fixtures.response(request.url(), 200, mutant),
                        DiscoveryOptions.defaults())).as(list).isNotNull();
            }
        }
    }

    @Test
    void packageFromDownloadReturnsAValueForEveryMutantName() {
        byte[] url = "https://f2.market.xiaomi.com/download/AppStore/0427/com.tencent.mm_2780.apk?x=%E8%8A%92"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] mutant : Mutations.of(url, MUTANTS, SEED)) {
            String s = new String(mutant, StandardCharsets.UTF_8);
            assertThat(adapter.packageFromDownload(s, Optional.of(s))).isNotNull();
            assertThat(adapter.packageFromDownload(s, Optional.empty())).isNotNull();
        }
    }
}
