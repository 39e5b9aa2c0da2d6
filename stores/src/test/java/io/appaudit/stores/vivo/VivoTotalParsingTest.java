package io.appaudit.stores.vivo;

import static io.appaudit.stores.vivo.VivoFixtures.FETCHED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.Mutations;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VivoTotalParsingTest {

    private static final int MUTANTS = 2000;
    private static final long SEED = 20260110L;
    private static final String DETAIL_URL = VivoFixtures.detailUrl("12345");

    private final VivoAdapter adapter = new VivoAdapter();

    @Test
    void parseListingReturnsAValueForEveryMutantOfEveryFixture() {
        for (String fixture : VivoFixtures.ALL) {
            for (byte[] mutant : Mutations.of(VivoFixtures.bytes(fixture), MUTANTS, SEED)) {
                for (int status : new int[] {200, 503}) {
                    StoreResponse r = new StoreResponse(DETAIL_URL, status, Map.of(), mutant, FETCHED_AT);
                    assertThat(adapter.parseListing(VivoFixtures.app("12345"), List.of(r))).as(fixture).isNotNull();
                }
            }
        }
    }

    @Test
    void parseDiscoveryReturnsAValueForEveryMutantOfEveryFixture() {
        DiscoveryOptions options = new DiscoveryOptions(List.of(), List.of("天气"), 20);
        List<StoreRequest> pages = List.of(adapter.discoverySeeds(options).get(0),
                StoreRequest.get(adapter.store(), StoreRequest.Purpose.DISCOVERY,
                        adapter.discoverySeeds(options).get(0).url().replace("page_index=1", "page_index=2")));
        for (String fixture : VivoFixtures.ALL) {
            for (byte[] mutant : Mutations.of(VivoFixtures.bytes(fixture), MUTANTS, SEED)) {
                for (StoreRequest page : pages) {
                    StoreResponse r = StoreResponse.ok(page.url(), mutant, FETCHED_AT);
                    assertThat(adapter.parseDiscovery(page, r, options)).as(fixture).isNotNull();
                }
            }
        }
    }

    @Test
    void packageFromDownloadReturnsAValueForEveryMutatedName() {
        byte[] seed = "http://apkwificdn2-v6dl.vivo.com.cn/appstore/developer/apk/org.example.app_310.apk?x=%E4%B8%80"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] mutant : Mutations.of(seed, MUTANTS, SEED)) {
            String text = new String(mutant, StandardCharsets.UTF_8);
            assertThat(adapter.packageFromDownload(text, Optional.of(text))).isNotNull();
            assertThat(adapter.packageFromDownload(text, Optional.empty())).isNotNull();
        }
    }

    @Test
    void authReturnsAValueForEveryMutantReply() {
        RequestAuth auth = adapter.auth();
        StoreRequest request = adapter.listingRequests(VivoFixtures.app("12345")).get(0);
        for (byte[] mutant : Mutations.of(VivoFixtures.bytes("vivo-detail.fixture.json"), MUTANTS, SEED)) {
            StoreResponse r = StoreResponse.ok(DETAIL_URL, mutant, FETCHED_AT);
            assertThat(auth.readToken(r)).isNotNull();
            assertThat(auth.tokenExpired(r)).isFalse();
            assertThat(auth.authorize(request, Optional.empty(), Instant.EPOCH)).isEqualTo(request);
        }
        assertThat(auth.tokenRequest()).isEmpty();
    }
}
