package io.appaudit.stores.oppo;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.Mutations;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mutant of every fixture becomes a value: no parser lets an exception out. */
class OppoFuzzTest {

    private static final int COUNT = 2000;
    private static final long SEED = 20251201L;
    private static final DiscoveryOptions OPTIONS = DiscoveryOptions.defaults();
    private static final List<String> FEED_FIXTURES = List.of("h5_store_index_json_FIXTURE_trimmed.json",
            "h5_store_index_page_HANDWRITTEN.json", "h5_errno_HANDWRITTEN.json", "h5_store_module2_html_FIXTURE.html");
    private static final List<String> DETAIL_FIXTURES = List.of("detail_v4_signed_HANDWRITTEN.json",
            "detail_v4_not_found_HANDWRITTEN.json", "detail_v5_protobuf_HANDWRITTEN.bin");
    private static final List<String> LANDING_FIXTURES = List.of("landing_detail_HANDWRITTEN.html",
            "legacy_store_oppomobile_product_page_2015_CLONE_EXCERPT.html", "captcha_HANDWRITTEN.html");
    private static final AppRef APP = AppRef.of(StoreId.OPPO, "4169");

    private final OppoAdapter unsigned = new OppoAdapter();
    private final OppoAdapter signed = new OppoAdapter(Optional.of(
            new OppoSigning("k".repeat(48), "CONSTANT", "oak0", "ocs0", "dev0///")));

    private static StoreRequest discovery(String url) {
        return StoreRequest.get(StoreId.OPPO, StoreRequest.Purpose.DISCOVERY, url);
    }

    private void discoverySurvives(String url, String fixture) {
        for (byte[] mutant : Mutations.of(OppoFixtures.bytes(fixture), COUNT, SEED)) {
            DiscoveryResult r = signed.parseDiscovery(discovery(url), OppoFixtures.ok(url, mutant), OPTIONS);
            assertThat(r).isNotNull();
        }
    }

    @Test
    void h5FeedParserSurvivesMutations() {
        for (String fixture : FEED_FIXTURES) {
            discoverySurvives("https://app.cdo.oppomobile.com/home/store/index.json?start=20&size=20#prev=0011", fixture);
        }
    }

    @Test
    void categoryListParserSurvivesMutations() {
        discoverySurvives("https://api-cn.store.heytapmobi.com/card/store/v4/cat/app?size=10&start=0",
                "cat_app_v4_HANDWRITTEN.json");
    }

    @Test
    void categoryPageAndSearchParsersSurviveMutations() {
        discoverySurvives("https://api-cn.store.heytapmobi.com/card/store/v3/cat/resources/alg/1?cid=81&subId=8101&cType=1&size=10&start=0",
                "cat_resources_page1_HANDWRITTEN.json");
        discoverySurvives("https://api-cn.store.heytapmobi.com/search/v1/search?keyword=a&start=0&size=10",
                "search_v1_HANDWRITTEN.json");
    }

    @Test
    void signedDetailParserSurvivesMutations() {
        for (String fixture : DETAIL_FIXTURES) {
            for (byte[] mutant : Mutations.of(OppoFixtures.bytes(fixture), COUNT, SEED)) {
                ListingResult r = signed.parseListing(APP, List.of(
                        OppoFixtures.ok(OppoSignedDetailTest.DETAIL, mutant),
                        OppoFixtures.ok(OppoSignedDetailTest.LANDING, "landing_detail_HANDWRITTEN.html")));
                assertThat(r).isNotNull();
            }
        }
    }

    @Test
    void landingPageParserSurvivesMutations() {
        for (String fixture : LANDING_FIXTURES) {
            for (byte[] mutant : Mutations.of(OppoFixtures.bytes(fixture), COUNT, SEED)) {
                ListingResult r = unsigned.parseListing(APP, List.of(
                        OppoFixtures.ok(OppoSignedDetailTest.LANDING, mutant)));
                assertThat(r).isNotNull();
            }
        }
    }

    @Test
    void landingPageSupplementSurvivesMutations() {
        for (byte[] mutant : Mutations.of(OppoFixtures.bytes("landing_detail_HANDWRITTEN.html"), COUNT, SEED)) {
            ListingResult r = signed.parseListing(APP, List.of(
                    OppoFixtures.ok(OppoSignedDetailTest.DETAIL, "detail_v4_signed_HANDWRITTEN.json"),
                    new StoreResponse(OppoSignedDetailTest.LANDING, 200, Map.of("Content-Type", "text/html"), mutant,
                            OppoFixtures.FETCHED)));
            assertThat(r).isNotNull();
        }
    }

    @Test
    void signerSurvivesMutatedQueries() {
        RequestAuth auth = signed.auth();
        byte[] seed = "keyword=%E5%BE%AE%E4%BF%A1&start=0&size=10".getBytes(StandardCharsets.UTF_8);
        for (byte[] mutant : Mutations.of(seed, COUNT, SEED)) {
            String query = new String(mutant, StandardCharsets.UTF_8).replaceAll("[^A-Za-z0-9=&%._~-]", "")
                    .replaceAll("%(?![0-9A-Fa-f]{2})", "");
            StoreRequest request = discovery("https://api-cn.store.heytapmobi.com/search/v1/search?" + query);
            assertThat(auth.authorize(request, Optional.empty(), Instant.MAX)).isNotNull();
            assertThat(auth.authorize(request, Optional.empty(), Instant.EPOCH)).isNotNull();
        }
    }

    @Test
    void packageFromDownloadSurvivesMutatedNames() {
        for (byte[] mutant : Mutations.of("com.tencent.mm_8.0.49.apk".getBytes(StandardCharsets.UTF_8), COUNT, SEED)) {
            String name = new String(mutant, StandardCharsets.UTF_8);
            assertThat(unsigned.packageFromDownload("https://cdn.example/" + name.replace(" ", ""), Optional.of(name)))
                    .isNotNull();
            assertThat(unsigned.packageFromDownload("not a url " + name, Optional.empty())).isNotNull();
        }
    }
}
